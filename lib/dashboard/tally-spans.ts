import { dayNumberToDate, DAY_MS } from "../time/china.ts";

export type SpanKind = "DAY" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";
/** Tally rows to sum, per span kind, as the first China day (YYYY-MM-DD) of each row's span. */
export type SpanDays = Record<SpanKind, string[]>;

/** Monday-based weekday of a China day number (day 0, 1970-01-01, was a Thursday). */
const weekday = (day: number) => (day + 3) % 7;

const monthOf = (day: number) => {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
};
const dayNumberOf = (year: number, month: number, date: number) => Date.UTC(year, month, date) / DAY_MS;

const noSpans = (): SpanDays => ({ DAY: [], WEEK: [], MONTH: [], QUARTER: [], YEAR: [] });

/**
 * The China days first…last (day numbers, both included) as the fewest tally spans that lie wholly
 * inside: whole years and quarters (when `acrossMonths`), whole months, whole Monday weeks within a
 * month, and single days for the rest. A year is one row per key; two years ending mid-year one year,
 * a few quarters and a few months more; and the edges at most a few weeks and a dozen days: the cost
 * follows the calendar, not the tickets. Without `acrossMonths`, no span crosses a month's end, so the
 * rows can be summed per month.
 */
export function calendarSpans(first: number, last: number, options: { acrossMonths: boolean }): SpanDays {
  const spans = noSpans();
  let day = first;
  while (day <= last) {
    const { year, month, date } = monthOf(day);
    const nextYear = dayNumberOf(year + 1, 0, 1);
    const nextQuarter = dayNumberOf(year, month + 3, 1);
    const nextMonth = dayNumberOf(year, month + 1, 1);
    if (options.acrossMonths && month === 0 && date === 1 && nextYear - 1 <= last) {
      spans.YEAR.push(dayNumberToDate(day));
      day = nextYear;
    } else if (options.acrossMonths && month % 3 === 0 && date === 1 && nextQuarter - 1 <= last) {
      spans.QUARTER.push(dayNumberToDate(day));
      day = nextQuarter;
    } else if (date === 1 && nextMonth - 1 <= last) {
      spans.MONTH.push(dayNumberToDate(day));
      day = nextMonth;
    } else if (weekday(day) === 0 && day + 6 <= last && day + 6 < nextMonth) {
      spans.WEEK.push(dayNumberToDate(day));
      day += 7;
    } else {
      spans.DAY.push(dayNumberToDate(day));
      day += 1;
    }
  }
  return spans;
}

/** The same days as whole weeks (from Monday) where a week lies wholly inside, single days for the rest. */
export function weeksAndDays(first: number, last: number): SpanDays {
  const spans = noSpans();
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
