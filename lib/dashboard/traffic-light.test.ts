import { describe, expect, it } from "vitest";
import { lightOf, rowsShown, ROWS_SHOWN, OVERDUE_AMBER_MAX, worstFirst, type LightInput } from "./traffic-light";

describe("lightOf", () => {
  it("is green when every measure is good, and when work is under way but nothing is due or rated yet", () => {
    expect(lightOf({ onTimeResolution: 0.95, overdueItems: 0, averageRating: 4.8, activity: 9 }).light).toBe("green");
    expect(lightOf({ onTimeResolution: null, overdueItems: 0, averageRating: null, activity: 2 })).toEqual({
      light: "green",
      onTime: null,
      overdue: "green",
      satisfaction: null,
    });
  });

  it("is idle, not green, when there was no work at all in the period", () => {
    expect(lightOf({ onTimeResolution: null, overdueItems: 0, averageRating: null, activity: 0 }).light).toBe("idle");
    // Overdue hazards are work left undone, whatever the tickets say.
    expect(lightOf({ onTimeResolution: null, overdueItems: 1, averageRating: null, activity: 0 }).light).toBe("amber");
  });

  it("takes the worst measure", () => {
    expect(lightOf({ onTimeResolution: 0.8, overdueItems: 0, averageRating: 5, activity: 5 }).light).toBe("amber");
    expect(
      lightOf({ onTimeResolution: 0.95, overdueItems: OVERDUE_AMBER_MAX, averageRating: 5, activity: 5 }).light,
    ).toBe("amber");
    expect(
      lightOf({ onTimeResolution: 0.95, overdueItems: OVERDUE_AMBER_MAX + 1, averageRating: 5, activity: 5 }).light,
    ).toBe("red");
    expect(lightOf({ onTimeResolution: 0.95, overdueItems: 0, averageRating: 3.4, activity: 5 }).light).toBe("red");
    expect(lightOf({ onTimeResolution: 0.69, overdueItems: 1, averageRating: 4.6, activity: 5 })).toMatchObject({
      light: "red",
      onTime: "red",
      overdue: "amber",
      satisfaction: "green",
    });
  });

  it("puts the thresholds themselves on the better side", () => {
    expect(lightOf({ onTimeResolution: 0.9, overdueItems: 0, averageRating: 4.5, activity: 5 }).light).toBe("green");
    expect(lightOf({ onTimeResolution: 0.7, overdueItems: 0, averageRating: 3.5, activity: 5 }).light).toBe("amber");
  });
});

describe("worstFirst", () => {
  const row = (name: string, input: Omit<LightInput, "activity">, activity = 5) => ({
    name,
    overdueItems: input.overdueItems,
    lights: lightOf({ ...input, activity }),
  });

  it("puts red rows first, then amber, green and idle, more overdue items first within a light", () => {
    const rows = [
      row("idle", { onTimeResolution: null, overdueItems: 0, averageRating: null }, 0),
      row("green", { onTimeResolution: 0.95, overdueItems: 0, averageRating: 5 }),
      row("red, 3 overdue", { onTimeResolution: 0.95, overdueItems: 3, averageRating: 5 }),
      row("amber", { onTimeResolution: 0.8, overdueItems: 0, averageRating: 5 }),
      row("red, 5 overdue", { onTimeResolution: 0.5, overdueItems: 5, averageRating: 5 }),
    ];
    expect(worstFirst(rows).map((r) => r.name)).toEqual(["red, 5 overdue", "red, 3 overdue", "amber", "green", "idle"]);
    expect(rows[0]!.name).toBe("idle");
  });
});

describe("rowsShown", () => {
  const rows = Array.from({ length: ROWS_SHOWN + 5 }, (_, i) => i);

  it("keeps the first (worst) rows unless all are asked for", () => {
    expect(rowsShown(rows, false)).toEqual(rows.slice(0, ROWS_SHOWN));
    expect(rowsShown(rows, true)).toEqual(rows);
    expect(rowsShown(rows.slice(0, 3), false)).toEqual([0, 1, 2]);
  });
});
