import "server-only";
import type { DashboardScope } from "./filters.ts";
import { monthsOf, trendUnit, weeksOf, type TrendUnit } from "./period.ts";
import { trendTally } from "./ticket-tally.ts";

/** One point of the trend: the first China day of its week or month, and the tickets of that span. */
export type TrendPoint = { start: string; received: number; resolved: number };
export type Trend = { unit: TrendUnit; points: TrendPoint[] };

/** Tickets received and resolved per China week or month of the period, every span present (zero when quiet). */
export async function ticketTrend(bureauId: string, scope: DashboardScope): Promise<Trend> {
  const unit = trendUnit(scope.period);
  const byStart = new Map((await trendTally(bureauId, scope, unit)).map((p) => [p.start, p]));
  const starts = unit === "week" ? weeksOf(scope.period) : monthsOf(scope.period);
  return {
    unit,
    points: starts.map((start) => ({
      start,
      received: byStart.get(start)?.received ?? 0,
      resolved: byStart.get(start)?.resolved ?? 0,
    })),
  };
}
