// Visit cadence: when each enterprise is next due a visit. Days are China calendar days (UTC+8, no
// daylight saving), whatever the server's zone, so a visit at 23:30 Beijing time counts for that day.
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** How many days ahead a coming visit is flagged, so that it can be planned. */
export const DUE_SOON_DAYS = 7;
/** Bureau default when the "visit.cadenceDays" setting is missing or unusable. */
export const DEFAULT_CADENCE_DAYS = 30;

export type CadenceStatus = "overdue" | "dueSoon" | "ok" | "never";
export type Cadence = { dueOn: string | null; daysOverdue: number; status: CadenceStatus };

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

/**
 * Where an enterprise stands: due `cadenceDays` China days after its last visit; overdue from the
 * day after that; due soon within DUE_SOON_DAYS of it; "never" when it has no visit at all.
 */
export function cadenceOf(lastVisitAt: Date | null, cadenceDays: number, now: Date): Cadence {
  if (!lastVisitAt) return { dueOn: null, daysOverdue: 0, status: "never" };
  const dueDay = chinaDayNumber(lastVisitAt) + cadenceDays;
  const today = chinaDayNumber(now);
  const dueOn = dayNumberToDate(dueDay);
  if (today > dueDay) return { dueOn, daysOverdue: today - dueDay, status: "overdue" };
  return { dueOn, daysOverdue: 0, status: dueDay - today <= DUE_SOON_DAYS ? "dueSoon" : "ok" };
}

/**
 * The first instant whose visit keeps an enterprise not overdue today: an enterprise without a visit
 * since then is overdue (or never visited). Lets the database count overdue enterprises itself.
 */
export function overdueCutoff(cadenceDays: number, now: Date): Date {
  return chinaMidnight(chinaDayNumber(now) - cadenceDays);
}

const RANK: Record<CadenceStatus, number> = { overdue: 0, never: 1, dueSoon: 2, ok: 3 };

/** Work order: most overdue first, then never visited, then by due date. */
export function compareCadence(a: Cadence, b: Cadence): number {
  return (
    RANK[a.status] - RANK[b.status] || b.daysOverdue - a.daysOverdue || (a.dueOn ?? "").localeCompare(b.dueOn ?? "")
  );
}

/** The setting's value when it is a usable whole number of days, the default otherwise. */
export function cadenceDaysFrom(value: unknown): number {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_CADENCE_DAYS;
}
