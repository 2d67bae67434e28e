// Visit cadence: when each enterprise is next due a visit, counted in China calendar days.
import { chinaDayNumber, chinaMidnight, dayNumberToDate } from "../time/china.ts";

/** How many days ahead a coming visit is flagged, so that it can be planned. */
export const DUE_SOON_DAYS = 7;
/** Bureau default when the "visit.cadenceDays" setting is missing or unusable. */
export const DEFAULT_CADENCE_DAYS = 30;

export type CadenceStatus = "overdue" | "dueSoon" | "ok" | "never";
export type Cadence = { dueOn: string | null; daysOverdue: number; status: CadenceStatus };

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
