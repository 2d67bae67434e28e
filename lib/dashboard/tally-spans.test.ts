import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dayNumberToDate, DAY_MS, parseChinaDate } from "../time/china.ts";
import { calendarSpans, weeksAndDays, type SpanDays } from "./tally-spans.ts";

const d = (s: string) => parseChinaDate(s)!;

/** Every day a decomposition covers, as day numbers, one entry per time a span covers it. */
function coveredDays(spans: SpanDays): number[] {
  const days: number[] = [];
  const run = (start: string, length: number) => {
    for (let i = 0; i < length; i++) days.push(d(start) + i);
  };
  const monthLength = (start: string) => {
    const [y, m] = start.split("-").map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  };
  for (const s of spans.DAY) run(s, 1);
  for (const s of spans.WEEK) run(s, 7);
  for (const s of spans.MONTH) run(s, monthLength(s));
  for (const s of spans.QUARTER) run(s, d(nextQuarterStart(s)) - d(s));
  for (const s of spans.YEAR)
    run(s, (Date.UTC(Number(s.slice(0, 4)) + 1, 0, 1) - Date.UTC(Number(s.slice(0, 4)), 0, 1)) / DAY_MS);
  return days.sort((a, b) => a - b);
}

/** The first day of the quarter after the one starting on `start` (YYYY-MM-01). */
function nextQuarterStart(start: string): string {
  const [y, m] = start.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m + 2, 1)).toISOString().slice(0, 10);
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
const monthKey = (day: number) => dayNumberToDate(day).slice(0, 7);

describe("calendarSpans", () => {
  it("takes a whole year as one span, or as its twelve months when summed per month", () => {
    const year = calendarSpans(d("2026-01-01"), d("2026-12-31"), { acrossMonths: true });
    expect(year).toEqual({ YEAR: ["2026-01-01"], QUARTER: [], MONTH: [], WEEK: [], DAY: [] });
    const months = calendarSpans(d("2026-01-01"), d("2026-12-31"), { acrossMonths: false });
    expect(months.MONTH).toHaveLength(12);
    expect(months.MONTH[11]).toBe("2026-12-01");
    expect([...months.YEAR, ...months.QUARTER, ...months.WEEK, ...months.DAY]).toEqual([]);
  });

  it("takes whole quarters of a year it does not hold whole, and the months between them", () => {
    // This year up to 28 November: three quarters, October, and the days and weeks of November.
    const spans = calendarSpans(d("2026-01-01"), d("2026-11-28"), { acrossMonths: true });
    expect(spans.YEAR).toEqual([]);
    expect(spans.QUARTER).toEqual(["2026-01-01", "2026-04-01", "2026-07-01"]);
    expect(spans.MONTH).toEqual(["2026-10-01"]);
    // A quarter begins only on 1 January, April, July or October: February to June is two months and a quarter.
    const offset = calendarSpans(d("2026-02-01"), d("2026-06-30"), { acrossMonths: true });
    expect(offset.QUARTER).toEqual(["2026-04-01"]);
    expect(offset.MONTH).toEqual(["2026-02-01", "2026-03-01"]);
  });

  it("keeps partial months at both ends as days and weeks within them, leap day included", () => {
    // 2024-01-22 and 2024-03-04 are Mondays.
    const spans = calendarSpans(d("2024-01-20"), d("2024-03-12"), { acrossMonths: true });
    expect(spans.MONTH).toEqual(["2024-02-01"]);
    expect(spans.WEEK).toEqual(["2024-01-22", "2024-03-04"]);
    expect(spans.DAY).toEqual([
      "2024-01-20",
      "2024-01-21",
      "2024-01-29",
      "2024-01-30",
      "2024-01-31",
      "2024-03-01",
      "2024-03-02",
      "2024-03-03",
      "2024-03-11",
      "2024-03-12",
    ]);
  });

  it("reads two years ending mid-month as one year, the quarters and months around it and a few edge spans", () => {
    const spans = calendarSpans(d("2024-11-29"), d("2026-11-28"), { acrossMonths: true });
    expect(spans.YEAR).toEqual(["2025-01-01"]);
    expect(spans.QUARTER).toEqual(["2026-01-01", "2026-04-01", "2026-07-01"]);
    expect(spans.MONTH).toEqual(["2024-12-01", "2026-10-01"]);
    expect(spans.WEEK.length + spans.DAY.length).toBeLessThanOrEqual(12);
  });

  it("covers every day of any range exactly once, without crossing a month's end unless asked", () => {
    const day = fc.integer({ min: d("2023-01-01"), max: d("2028-12-31") });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1100 }), fc.boolean(), (first, length, acrossMonths) => {
        const last = first + length;
        const spans = calendarSpans(first, last, { acrossMonths });
        expect(coveredDays(spans)).toEqual(range(first, last));
        if (!acrossMonths) expect([...spans.YEAR, ...spans.QUARTER]).toEqual([]);
        // Between the years, at most three quarters and two months at each end.
        expect(spans.QUARTER.length).toBeLessThanOrEqual(6);
        expect(spans.MONTH.length).toBeLessThanOrEqual(acrossMonths ? 4 : 37);
        for (const q of spans.QUARTER) expect(Number(q.slice(5, 7)) % 3).toBe(1);
        for (const week of spans.WEEK) expect(monthKey(d(week) + 6)).toBe(week.slice(0, 7));
        // At most a week's days, three weeks and another week's days at each end of the months.
        expect(spans.WEEK.length + spans.DAY.length).toBeLessThanOrEqual(2 * (6 + 4 + 6));
      }),
    );
  });
});

describe("weeksAndDays", () => {
  it("takes whole Monday weeks and leaves the edges as days", () => {
    // 2026-11-01 is a Sunday; 2026-11-30 a Monday.
    const spans = weeksAndDays(d("2026-11-01"), d("2026-11-30"));
    expect(spans.WEEK).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(spans.DAY).toEqual(["2026-11-01", "2026-11-30"]);
    expect([...spans.MONTH, ...spans.QUARTER, ...spans.YEAR]).toEqual([]);
  });
});
