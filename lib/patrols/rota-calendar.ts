// The month calendar of a rota: its weeks laid out Monday first, as Chinese calendars are, and each
// enterprise's nights and weekend nights counted beside it.
import { addDays, dbDate, isWeekendNight } from "./dates.ts";
import { daysOfMonth } from "./rotation.ts";

/** The weeks of a "YYYY-MM" month, Monday to Sunday; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const days = daysOfMonth(month);
  // getUTCDay counts from Sunday; from Monday it is (day + 6) % 7.
  const lead = (dbDate(days[0]!).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Monday to Sunday of some week, for naming the calendar's columns. */
export const WEEK_DATES = Array.from({ length: 7 }, (_, i) => addDays("2024-01-01", i));

export type DutyTotal = { enterpriseId: string; nights: number; weekendNights: number };

/**
 * Each enterprise's nights and weekend nights among the given ones (cancelled nights left out by the
 * caller): the members first, in their order, even with no nights, then anyone else on a night
 * (a former member), so the totals add up to what the calendar shows.
 */
export function dutyTotals(
  nights: readonly { date: string; enterpriseIds: readonly string[] }[],
  memberIds: readonly string[],
  isRestNight: (date: string) => boolean = isWeekendNight,
): DutyTotal[] {
  const totals = new Map<string, DutyTotal>(
    memberIds.map((enterpriseId) => [enterpriseId, { enterpriseId, nights: 0, weekendNights: 0 }]),
  );
  for (const night of nights)
    for (const enterpriseId of night.enterpriseIds) {
      const total = totals.get(enterpriseId) ?? { enterpriseId, nights: 0, weekendNights: 0 };
      total.nights += 1;
      if (isRestNight(night.date)) total.weekendNights += 1;
      totals.set(enterpriseId, total);
    }
  return [...totals.values()];
}
