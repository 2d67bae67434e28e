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
  for (const s of spans.YEAR)
    run(s, (Date.UTC(Number(s.slice(0, 4)) + 1, 0, 1) - Date.UTC(Number(s.slice(0, 4)), 0, 1)) / DAY_MS);
  return days.sort((a, b) => a - b);
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
const monthKey = (day: number) => dayNumberToDate(day).slice(0, 7);

describe("calendarSpans", () => {
  it("takes a whole year as one span, or as its twelve months when summed per month", () => {
    const year = calendarSpans(d("2026-01-01"), d("2026-12-31"), { years: true });
    expect(year).toEqual({ YEAR: ["2026-01-01"], MONTH: [], WEEK: [], DAY: [] });
    const months = calendarSpans(d("2026-01-01"), d("2026-12-31"), { years: false });
    expect(months.MONTH).toHaveLength(12);
    expect(months.MONTH[11]).toBe("2026-12-01");
    expect([...months.YEAR, ...months.WEEK, ...months.DAY]).toEqual([]);
  });

  it("keeps partial months at both ends as days and weeks within them, leap day included", () => {
    // 2024-01-22 and 2024-03-04 are Mondays.
    const spans = calendarSpans(d("2024-01-20"), d("2024-03-12"), { years: true });
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

  it("reads two years ending mid-month as one year, the months around it and a few edge spans", () => {
    const spans = calendarSpans(d("2024-11-29"), d("2026-11-28"), { years: true });
    expect(spans.YEAR).toEqual(["2025-01-01"]);
    expect(spans.MONTH).toHaveLength(11);
    expect(spans.WEEK.length + spans.DAY.length).toBeLessThanOrEqual(12);
  });

  it("covers every day of any range exactly once, without crossing a month's end unless by years", () => {
    const day = fc.integer({ min: d("2023-01-01"), max: d("2028-12-31") });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1100 }), fc.boolean(), (first, length, years) => {
        const last = first + length;
        const spans = calendarSpans(first, last, { years });
        expect(coveredDays(spans)).toEqual(range(first, last));
        if (!years) expect(spans.YEAR).toEqual([]);
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
    expect([...spans.MONTH, ...spans.YEAR]).toEqual([]);
  });
});
