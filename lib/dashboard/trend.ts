import "server-only";
import type { DashboardScope } from "./filters.ts";
import { weeksOf } from "./period.ts";
import { weeklyTally } from "./ticket-tally.ts";

export type WeekPoint = { week: string; received: number; resolved: number };

/** Tickets received and resolved per China week of the period, every week present (zero when quiet). */
export async function weeklyTrend(bureauId: string, scope: DashboardScope): Promise<WeekPoint[]> {
  const byWeek = new Map((await weeklyTally(bureauId, scope)).map((w) => [w.week, w]));
  return weeksOf(scope.period).map((week) => ({
    week,
    received: byWeek.get(week)?.received ?? 0,
    resolved: byWeek.get(week)?.resolved ?? 0,
  }));
}
