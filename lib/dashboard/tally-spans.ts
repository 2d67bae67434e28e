import { dayNumberToDate, DAY_MS } from "../time/china.ts";

export type SpanKind = "DAY" | "WEEK" | "MONTH";
/** Tally rows to sum, per span kind, as the first China day (YYYY-MM-DD) of each row's span. */
export type SpanDays = Record<SpanKind, string[]>;

/** Monday-based weekday of a China day number (day 0, 1970-01-01, was a Thursday). */
const weekday = (day: number) => (day + 3) % 7;

const monthOf = (day: number) => {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
};
const dayNumberOf = (year: number, month: number, date: number) => Date.UTC(year, month, date) / DAY_MS;

/**
 * The China days first…last (day numbers, both included) as whole months where a month lies wholly
 * inside, and single days for the rest: a year is 12 rows per key, a quarter 3, and a custom range
 * at most 60 edge days more, so the cost follows the number of months, not of tickets.
 */
export function monthsAndDays(first: number, last: number): SpanDays {
  const spans: SpanDays = { DAY: [], WEEK: [], MONTH: [] };
  let day = first;
  while (day <= last) {
    const { year, month, date } = monthOf(day);
    const nextMonth = dayNumberOf(year, month + 1, 1);
    if (date === 1 && nextMonth - 1 <= last) {
      spans.MONTH.push(dayNumberToDate(day));
      day = nextMonth;
    } else {
      spans.DAY.push(dayNumberToDate(day));
      day += 1;
    }
  }
  return spans;
}

/** The same days as whole weeks (from Monday) where a week lies wholly inside, single days for the rest. */
export function weeksAndDays(first: number, last: number): SpanDays {
  const spans: SpanDays = { DAY: [], WEEK: [], MONTH: [] };
  let day = first;
  while (day <= last) {
    if (weekday(day) === 0 && day + 6 <= last) {
      spans.WEEK.push(dayNumberToDate(day));
      day += 7;
    } else {
      spans.DAY.push(dayNumberToDate(day));
      day += 1;
    }
  }
  return spans;
}
