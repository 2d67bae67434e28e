// Patrol nights are China calendar dates. A @db.Date column holds a date without a zone, which
// Prisma reads and writes as UTC midnight, so a China date "2026-11-22" is stored as 2026-11-22T00:00Z.
import { chinaDate, DAY_MS } from "../time/china.ts";
import { clock } from "../time/clock.ts";

/** A China date (YYYY-MM-DD) as the value of a @db.Date column. */
export const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);
/** A @db.Date column's value as its China date. */
export const fromDbDate = (value: Date) => value.toISOString().slice(0, 10);

export const todayInChina = (now = clock.now()) => chinaDate(now);

/** "YYYY-MM" of a China date or of today. */
export const monthOf = (date: string) => date.slice(0, 7);

/** The month after a "YYYY-MM" month. */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

/** A "YYYY-MM" month, or null when it is not one. */
export function parseMonth(value: string): string | null {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null;
}

/** The first day of a "YYYY-MM" month, as PatrolRota.month stores it. */
export const monthStart = (month: string) => dbDate(`${month}-01`);

/** A China date plus some days. */
export function addDays(date: string, days: number): string {
  return new Date(dbDate(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether a night is a weekend night, which the rota shares out separately from the other nights.
 * A night is named by the date it begins, so these are Saturday and Sunday nights. China's public
 * holidays and the weekend days swapped into working days around them are announced each year and
 * the portal keeps no calendar of them, so only the weekday decides.
 */
export function isWeekendNight(date: string): boolean {
  const weekday = dbDate(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}
