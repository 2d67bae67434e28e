// The China calendar: days, weeks, months and years are China's (UTC+8, no daylight saving),
// whatever the server's zone, so a visit at 23:30 Beijing time counts for that day.
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** China Standard Time is UTC+8 all year round. */
export const CHINA_OFFSET_MS = 8 * HOUR_MS;
const OFFSET_MS = CHINA_OFFSET_MS;

/** The China calendar day of an instant, as a day number (days since 1970-01-01 in China). */
export function chinaDayNumber(at: Date): number {
  return Math.floor((at.getTime() + OFFSET_MS) / DAY_MS);
}

/** A China day number as YYYY-MM-DD. */
export function dayNumberToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The China calendar date of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return dayNumberToDate(chinaDayNumber(at));
}

/** The instant a China calendar day (day number) begins. */
export function chinaMidnight(day: number): Date {
  return new Date(day * DAY_MS - OFFSET_MS);
}

/** A YYYY-MM-DD China date as its day number, or null when it is not a real calendar date. */
export function parseChinaDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(y, m - 1, d);
  const check = new Date(utc);
  // Date.UTC rolls 2026-02-30 over to March; a rolled-over date was not a real one.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return utc / DAY_MS;
}

/** The instant `days` whole days after `at` (before, when negative). */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** The China calendar year and month (0-based) of an instant. */
export function chinaYearMonth(at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() };
}

/** The year in China time, which is the year printed on a number and counted in yearly figures. */
export function chinaYear(at: Date): number {
  return chinaYearMonth(at).year;
}

/** The instant a China calendar month begins (month may overflow; Date.UTC carries it into the year). */
export function chinaMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1) - OFFSET_MS);
}

/** The instant the China-time calendar year containing `at` began. */
export function startOfChinaYear(at: Date): Date {
  return chinaMonthStart(chinaYear(at), 0);
}

/** The instant the China-time month containing `at` began. */
export function startOfChinaMonth(at: Date): Date {
  const { year, month } = chinaYearMonth(at);
  return chinaMonthStart(year, month);
}

/** An instant as China time "YYYY-MM-DDTHH:mm": the value a datetime-local field shows and posts. */
export function chinaDateTimeLocal(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** An instant as China time "YYYY-MM-DD HH:mm", for reading: the station's clock is what counts. */
export function chinaDateTime(at: Date): string {
  return chinaDateTimeLocal(at).replace("T", " ");
}

/**
 * A China-time "YYYY-MM-DDTHH:mm" (what a datetime-local field posts; a space and seconds are
 * accepted too) as an instant, or null when it is not a real date and time.
 */
export function parseChinaDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  // Date.UTC rolls 30 February over into March and 24:00 into the next day; such input is not a time.
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    back.getUTCHours() !== h ||
    back.getUTCMinutes() !== mi ||
    back.getUTCSeconds() !== s
  )
    return null;
  return new Date(utc - OFFSET_MS);
}

/** "09:00" in China time. */
export const chinaTime = (at: Date) => chinaDateTimeLocal(at).slice(11);
