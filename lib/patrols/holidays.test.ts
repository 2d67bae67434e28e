import { describe, expect, it } from "vitest";
import { holidayTokens, parseHolidays, restNightTest } from "./holidays.ts";
import { daysOfMonth, planRotation } from "./rotation.ts";

describe("the bureau's holiday list", () => {
  it("reads dates separated any way a chief types them, sorted and without repeats", () => {
    expect(parseHolidays("2026-10-02，2026-10-01、2026-10-03\n2026-10-01 ;2027-01-01")).toEqual([
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2027-01-01",
    ]);
    expect(parseHolidays("  ")).toEqual([]);
    expect(holidayTokens("a, b")).toEqual(["a", "b"]);
  });

  it("refuses a list with any date that is not a real one", () => {
    expect(parseHolidays("2026-10-01 2026-02-30")).toBeNull();
    expect(parseHolidays("2026-10-01 10月1日")).toBeNull();
    expect(parseHolidays("2026-1-1")).toBeNull();
  });

  it("makes holiday nights rest nights, like weekends", () => {
    const rest = restNightTest(["2026-10-01"]);
    expect(rest("2026-10-01")).toBe(true); // a Thursday on the list
    expect(rest("2026-10-03")).toBe(true); // a Saturday
    expect(rest("2026-10-09")).toBe(false); // a Friday not on the list
  });

  it("evens out weekend and holiday nights together in a rota (a golden week)", () => {
    const members = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const isRestNight = restNightTest([
      "2026-10-01",
      "2026-10-02",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
      "2026-10-08",
    ]);
    const { nights } = planRotation({ members, days: daysOfMonth("2026-10"), guardsPerNight: 3, isRestNight });
    const restNights = new Map(members.map((m) => [m, 0]));
    for (const night of nights)
      if (isRestNight(night.date)) for (const e of night.enterprises) restNights.set(e, restNights.get(e)! + 1);
    const counts = [...restNights.values()];
    // Counting weekends only, this month would leave one enterprise two holiday nights above another.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});
