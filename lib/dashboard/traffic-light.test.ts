import { describe, expect, it } from "vitest";
import { lightOf, OVERDUE_AMBER_MAX } from "./traffic-light";

describe("lightOf", () => {
  it("is green when every measure is good, and with no data at all", () => {
    expect(lightOf({ onTimeResolution: 0.95, overdueItems: 0, averageRating: 4.8 }).light).toBe("green");
    expect(lightOf({ onTimeResolution: null, overdueItems: 0, averageRating: null })).toEqual({
      light: "green",
      onTime: null,
      overdue: "green",
      satisfaction: null,
    });
  });

  it("takes the worst measure", () => {
    expect(lightOf({ onTimeResolution: 0.8, overdueItems: 0, averageRating: 5 }).light).toBe("amber");
    expect(lightOf({ onTimeResolution: 0.95, overdueItems: OVERDUE_AMBER_MAX, averageRating: 5 }).light).toBe("amber");
    expect(lightOf({ onTimeResolution: 0.95, overdueItems: OVERDUE_AMBER_MAX + 1, averageRating: 5 }).light).toBe(
      "red",
    );
    expect(lightOf({ onTimeResolution: 0.95, overdueItems: 0, averageRating: 3.4 }).light).toBe("red");
    expect(lightOf({ onTimeResolution: 0.69, overdueItems: 1, averageRating: 4.6 })).toMatchObject({
      light: "red",
      onTime: "red",
      overdue: "amber",
      satisfaction: "green",
    });
  });

  it("puts the thresholds themselves on the better side", () => {
    expect(lightOf({ onTimeResolution: 0.9, overdueItems: 0, averageRating: 4.5 }).light).toBe("green");
    expect(lightOf({ onTimeResolution: 0.7, overdueItems: 0, averageRating: 3.5 }).light).toBe("amber");
  });
});
