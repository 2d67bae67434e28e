// Reporting periods are China calendar periods (UTC+8, no daylight saving), whatever the server's
// zone: a ticket filed at 23:59 Beijing time on 31 March belongs to March and the first quarter.
import {
  chinaDayNumber,
  chinaMidnight,
  chinaMonthStart,
  chinaYearMonth,
  dayNumberToDate,
  parseChinaDate,
} from "../time/china.ts";

export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Longest custom range, in days: a few years of figures is still one indexed range scan. */
export const MAX_CUSTOM_DAYS = 3 * 366;

/** A half-open range of instants [from, to) and its first and last China calendar days. */
export type Period = { kind: PeriodKind; from: Date; to: Date; firstDay: string; lastDay: string };

function periodBetween(kind: PeriodKind, from: Date, to: Date): Period {
  return {
    kind,
    from,
    to,
    firstDay: dayNumberToDate(chinaDayNumber(from)),
    lastDay: dayNumberToDate(chinaDayNumber(to) - 1),
  };
}

/** The China month, quarter or year containing `now`. */
export function currentPeriod(kind: Exclude<PeriodKind, "custom">, now: Date): Period {
  const { year, month } = chinaYearMonth(now);
  const startMonth = kind === "month" ? month : kind === "quarter" ? month - (month % 3) : 0;
  const length = kind === "month" ? 1 : kind === "quarter" ? 3 : 12;
  return periodBetween(kind, chinaMonthStart(year, startMonth), chinaMonthStart(year, startMonth + length));
}

/**
 * A custom range of whole China days, both ends included, given as YYYY-MM-DD. Null when a date is
 * not a real one, the range runs backwards or it is longer than MAX_CUSTOM_DAYS.
 */
export function customPeriod(first: string, last: string): Period | null {
  if (customRangeProblem(first, last)) return null;
  const [a, b] = [parseChinaDate(first)!, parseChinaDate(last)!];
  return periodBetween("custom", chinaMidnight(a), chinaMidnight(b + 1));
}

/** Why a custom range cannot be used, as a key under "dashboard.rangeProblems"; null when it can. */
export type RangeProblem = "missing" | "invalid" | "reversed" | "tooLong";

export function customRangeProblem(first: string | undefined, last: string | undefined): RangeProblem | null {
  if (!first || !last) return "missing";
  const [a, b] = [parseChinaDate(first), parseChinaDate(last)];
  if (a === null || b === null) return "invalid";
  if (b < a) return "reversed";
  return b - a + 1 > MAX_CUSTOM_DAYS ? "tooLong" : null;
}

export type TrendUnit = "week" | "month";

/** Periods up to a quarter are charted by week; longer ones by month, so a chart holds at most a few dozen points. */
export const WEEKLY_UP_TO_DAYS = 92;

export function trendUnit(period: Period): TrendUnit {
  return chinaDayNumber(period.to) - chinaDayNumber(period.from) <= WEEKLY_UP_TO_DAYS ? "week" : "month";
}

/** Months overlapping the period, as the first China day of each (YYYY-MM-01). */
export function monthsOf(period: Period): string[] {
  const [first, last] = [dayNumberToDate(chinaDayNumber(period.from)), dayNumberToDate(chinaDayNumber(period.to) - 1)];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const months: string[] = [];
  for (let start = first.slice(0, 8) + "01"; start <= last;) {
    months.push(start);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    start = `${year}-${String(month).padStart(2, "0")}-01`;
  }
  return months;
}

/** Whole weeks (Monday first, China time) overlapping the period, as the Monday of each: the trend chart's axis. */
export function weeksOf(period: Period): string[] {
  const first = chinaDayNumber(period.from);
  const last = chinaDayNumber(period.to) - 1;
  // Day 0 (1970-01-01) was a Thursday, so Monday-based weekday = (day + 3) mod 7.
  const monday = first - ((first + 3) % 7);
  const weeks: string[] = [];
  for (let day = monday; day <= last; day += 7) weeks.push(dayNumberToDate(day));
  return weeks;
}
