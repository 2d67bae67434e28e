import "server-only";
import type { DashboardScope } from "./filters.ts";
import type { TicketGrouping } from "./sql-scope.ts";
import { medianResolveHours, periodTally, ticketsNow, type NowCounts, type TallySums } from "./ticket-tally.ts";

/** A share 0–1, or null when nothing was due: "no figure yet" rather than a failing 0 %. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export type TicketCounts = {
  received: number;
  resolved: number;
  open: number;
  overdue: number;
  acceptDue: number;
  acceptOnTime: number;
  resolveDue: number;
  resolveOnTime: number;
};

export const NO_LIVE: NowCounts = { open: 0, overdue: 0, acceptLate: 0, resolveLate: 0 };
export const NO_TALLY_SUMS: TallySums = {
  received: 0,
  accepted: 0,
  acceptedOnTime: 0,
  settled: 0,
  settledOnTime: 0,
  resolved: 0,
  escalated: 0,
  ratings: 0,
  ratingSum: 0,
  lowRatings: 0,
};

/**
 * Ticket counts per group. "Received" and "resolved" are the tickets filed / resolved in the
 * period; "open" and "overdue" are as of now. The on-time rates follow the tickets received in the
 * period: acceptance counts once it happened or its deadline passed unaccepted, resolution likewise,
 * so a late ticket still open counts against the rate instead of being left out. The period's part
 * comes from the maintained tally, the part that depends on now from the open tickets; tickets
 * count where they were filed.
 */
export async function ticketCounts(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  grouping: TicketGrouping = "all",
): Promise<Map<string, TicketCounts>> {
  const [tally, live] = await Promise.all([periodTally(bureauId, scope), ticketsNow(bureauId, scope, now)]);
  const [period, current] = [tally[grouping], live[grouping]];
  const counts = new Map<string, TicketCounts>();
  for (const key of new Set([...period.keys(), ...current.keys()]))
    counts.set(key, countsOf(period.get(key) ?? NO_TALLY_SUMS, current.get(key) ?? NO_LIVE));
  return counts;
}

/** One group's ticket counts from its sums in the period's tally and its open work as of now (see ticketCounts). */
export function countsOf(
  p: Pick<TallySums, "received" | "accepted" | "acceptedOnTime" | "settled" | "settledOnTime" | "resolved">,
  c: NowCounts,
): TicketCounts {
  return {
    received: p.received,
    resolved: p.resolved,
    open: c.open,
    overdue: c.overdue,
    acceptDue: p.accepted + c.acceptLate,
    acceptOnTime: p.acceptedOnTime,
    resolveDue: p.settled + c.resolveLate,
    resolveOnTime: p.settledOnTime,
  };
}

/** One group's ratings from its sums in the period's tally. */
export const ratingsOf = (sums: Pick<TallySums, "ratings" | "ratingSum" | "lowRatings">): RatingCounts => ({
  ratings: sums.ratings,
  sum: sums.ratingSum,
  low: sums.lowRatings,
});

export const NO_TICKETS: TicketCounts = {
  received: 0,
  resolved: 0,
  open: 0,
  overdue: 0,
  acceptDue: 0,
  acceptOnTime: 0,
  resolveDue: 0,
  resolveOnTime: 0,
};

export type RatingCounts = { ratings: number; sum: number; low: number };

/**
 * Satisfaction ratings given in the period, per group. Counted from the rating events, since a low
 * rating reopens the ticket and a later rating overwrites the ticket's own field: every rating
 * given counts once, in the period it was given (the tally keeps them by the day given).
 */
export async function ratingCounts(
  bureauId: string,
  scope: DashboardScope,
  grouping: TicketGrouping = "all",
): Promise<Map<string, RatingCounts>> {
  const sums = (await periodTally(bureauId, scope))[grouping];
  return new Map([...sums].map(([key, r]) => [key, ratingsOf(r)]));
}

export const NO_RATINGS: RatingCounts = { ratings: 0, sum: 0, low: 0 };

export type TicketFigures = TicketCounts & {
  escalations: number;
  /** Median whole hours from filing to resolution of the tickets resolved in the period; null when none was. */
  medianResolveHours: number | null;
  onTimeAcceptance: number | null;
  onTimeResolution: number | null;
  ratings: number;
  averageRating: number | null;
  lowRatingShare: number | null;
};

export function withRates(c: TicketCounts, r: RatingCounts): Omit<TicketFigures, "escalations" | "medianResolveHours"> {
  return {
    ...c,
    onTimeAcceptance: share(c.acceptOnTime, c.acceptDue),
    onTimeResolution: share(c.resolveOnTime, c.resolveDue),
    ratings: r.ratings,
    averageRating: r.ratings ? r.sum / r.ratings : null,
    lowRatingShare: share(r.low, r.ratings),
  };
}

/**
 * The period's ticket figures for the whole (narrowed) county, with the median resolution time: the
 * one figure kept per county alone, not per place, so it is asked for here, where the headline
 * shows it, and nowhere else.
 */
export async function ticketFigures(bureauId: string, scope: DashboardScope, now: Date): Promise<TicketFigures> {
  const [counts, ratings, tally, median] = await Promise.all([
    ticketCounts(bureauId, scope, now),
    ratingCounts(bureauId, scope),
    periodTally(bureauId, scope),
    medianResolveHours(bureauId, scope),
  ]);
  const escalations = tally.all.get("")?.escalated ?? 0;
  return {
    ...withRates(counts.get("") ?? NO_TICKETS, ratings.get("") ?? NO_RATINGS),
    escalations,
    medianResolveHours: median,
  };
}
