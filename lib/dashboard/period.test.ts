import { describe, expect, it } from "vitest";
import { currentPeriod, customPeriod, MAX_CUSTOM_DAYS, monthsOf, trendUnit, weeksOf } from "./period";

const utc = (s: string) => new Date(s);

describe("currentPeriod", () => {
  it("takes the China month: 23:59 on the 31st in Beijing is still March, 00:01 on the 1st is April", () => {
    const lateMarch = currentPeriod("month", utc("2026-03-31T15:59:00Z"));
    expect(lateMarch).toMatchObject({
      from: utc("2026-02-28T16:00:00Z"),
      to: utc("2026-03-31T16:00:00Z"),
      firstDay: "2026-03-01",
      lastDay: "2026-03-31",
    });
    const earlyApril = currentPeriod("month", utc("2026-03-31T16:01:00Z"));
    expect(earlyApril).toMatchObject({
      from: utc("2026-03-31T16:00:00Z"),
      firstDay: "2026-04-01",
      lastDay: "2026-04-30",
    });
  });

  it("takes China quarters and years, crossing into the next year at Beijing midnight", () => {
    expect(currentPeriod("quarter", utc("2026-05-15T00:00:00Z"))).toMatchObject({
      firstDay: "2026-04-01",
      lastDay: "2026-06-30",
    });
    expect(currentPeriod("quarter", utc("2026-12-31T15:59:59Z"))).toMatchObject({
      firstDay: "2026-10-01",
      lastDay: "2026-12-31",
      to: utc("2026-12-31T16:00:00Z"),
    });
    expect(currentPeriod("quarter", utc("2026-12-31T16:00:00Z"))).toMatchObject({
      firstDay: "2027-01-01",
      lastDay: "2027-03-31",
    });
    expect(currentPeriod("year", utc("2026-12-31T16:00:00Z"))).toMatchObject({
      firstDay: "2027-01-01",
      lastDay: "2027-12-31",
      from: utc("2026-12-31T16:00:00Z"),
    });
  });
});

describe("customPeriod", () => {
  it("includes both days, from Beijing midnight to the next Beijing midnight", () => {
    expect(customPeriod("2026-02-01", "2026-02-28")).toMatchObject({
      from: utc("2026-01-31T16:00:00Z"),
      to: utc("2026-02-28T16:00:00Z"),
      lastDay: "2026-02-28",
    });
    expect(customPeriod("2026-02-01", "2026-02-01")).toMatchObject({ firstDay: "2026-02-01", lastDay: "2026-02-01" });
  });

  it("refuses unreal dates, backward ranges and overlong ones", () => {
    expect(customPeriod("2026-02-30", "2026-03-01")).toBeNull();
    expect(customPeriod("2026-03-02", "2026-03-01")).toBeNull();
    expect(customPeriod("2026-3-1", "2026-03-01")).toBeNull();
    expect(customPeriod("2020-01-01", "2026-01-01")).toBeNull();
    expect(customPeriod("2024-01-01", "2024-01-01")).not.toBeNull();
    expect(MAX_CUSTOM_DAYS).toBeGreaterThan(366);
  });
});

describe("weeksOf", () => {
  it("lists the Monday of every week touching the period", () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    const weeks = weeksOf(currentPeriod("month", utc("2026-11-10T00:00:00Z")));
    expect(weeks[0]).toBe("2026-10-26");
    expect(weeks.at(-1)).toBe("2026-11-30");
    expect(weeks).toHaveLength(6);
  });
});

describe("monthsOf", () => {
  it("lists the first day of every month touching the period, across a year's end", () => {
    expect(monthsOf(customPeriod("2025-11-15", "2026-02-01")!)).toEqual([
      "2025-11-01",
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
    ]);
    expect(monthsOf(customPeriod("2026-03-31", "2026-03-31")!)).toEqual(["2026-03-01"]);
  });

  it("takes the China date at the ends: 00:30 on 1 April in Beijing is April", () => {
    expect(monthsOf(currentPeriod("month", utc("2026-03-31T16:30:00Z")))).toEqual(["2026-04-01"]);
  });
});

describe("trendUnit", () => {
  it("charts a month and a quarter by week, a year and longer ranges by month", () => {
    const now = utc("2026-11-10T00:00:00Z");
    expect(trendUnit(currentPeriod("month", now))).toBe("week");
    expect(trendUnit(customPeriod("2026-07-01", "2026-09-30")!)).toBe("week");
    expect(trendUnit(customPeriod("2026-07-01", "2026-10-01")!)).toBe("month");
    expect(trendUnit(currentPeriod("year", now))).toBe("month");
  });
});
