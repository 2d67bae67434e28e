import { describe, expect, it } from "vitest";
import { dutyTotals, monthWeeks, WEEK_DATES } from "./rota-calendar";

describe("monthWeeks", () => {
  it("lays a month out Monday to Sunday with blanks before the 1st and after the last day", () => {
    // 1 December 2026 is a Tuesday, the 31st a Thursday.
    const weeks = monthWeeks("2026-12");
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks[4]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(monthWeeks("2027-02")).toHaveLength(4);
    expect(monthWeeks("2027-02")[0]![0]).toBe("2027-02-01");
  });

  it("names its columns from a week that starts on a Monday", () => {
    expect(new Date(`${WEEK_DATES[0]}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(WEEK_DATES).toHaveLength(7);
  });
});

describe("dutyTotals", () => {
  it("counts nights and weekend nights per enterprise, members first even with none, then others", () => {
    const totals = dutyTotals(
      [
        { date: "2026-12-04", enterpriseIds: ["a", "b"] }, // Friday
        { date: "2026-12-05", enterpriseIds: ["a", "x"] }, // Saturday
        { date: "2026-12-06", enterpriseIds: ["b", "a"] }, // Sunday
      ],
      ["a", "b", "c"],
    );
    expect(totals).toEqual([
      { enterpriseId: "a", nights: 3, weekendNights: 2 },
      { enterpriseId: "b", nights: 2, weekendNights: 1 },
      { enterpriseId: "c", nights: 0, weekendNights: 0 },
      { enterpriseId: "x", nights: 1, weekendNights: 1 },
    ]);
  });
});
