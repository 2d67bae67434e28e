import "server-only";
import { getDb, Prisma } from "../db/index.ts";
import type { DashboardScope } from "./filters.ts";
import { at, enterpriseNarrowing, GROUPINGS, narrowing, type Grouping } from "./sql-scope.ts";

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
  /** Median hours from filing to resolution of the tickets resolved in the period; null when none was. */
  medianResolveHours: number | null;
};

type CountRow = { [K in keyof TicketCounts]: number | null } & { key: string | null };

/**
 * Ticket counts per group in one pass. "Received" and "resolved" are the tickets filed / resolved in
 * the period; "open" and "overdue" are as of now. The on-time rates follow the tickets received in
 * the period: acceptance counts once it happened or its deadline passed unaccepted, resolution
 * likewise, so a late ticket still open counts against the rate instead of being left out. The row
 * filter is an OR of indexed conditions (createdAt, resolvedAt, status, dueAt, all bureau-first).
 */
export async function ticketCounts(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  grouping: Grouping = "all",
): Promise<Map<string, TicketCounts>> {
  const { from, to } = scope.period;
  const [f, t0, n] = [at(from), at(to), at(now)];
  const open = Prisma.sql`t."status" IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED')`;
  const received = Prisma.sql`(t."createdAt" >= ${f} AND t."createdAt" < ${t0})`;
  const resolved = Prisma.sql`(t."resolvedAt" >= ${f} AND t."resolvedAt" < ${t0})`;
  const key = GROUPINGS[grouping];
  const rows = await getDb().$queryRaw<CountRow[]>`
    SELECT ${key} AS "key",
      (count(*) FILTER (WHERE ${received}))::int AS "received",
      (count(*) FILTER (WHERE ${resolved}))::int AS "resolved",
      (count(*) FILTER (WHERE ${open}))::int AS "open",
      (count(*) FILTER (WHERE t."dueAt" < ${n}))::int AS "overdue",
      (count(*) FILTER (
        WHERE ${received} AND (t."acceptedAt" IS NOT NULL OR (t."status" = 'SUBMITTED' AND t."acceptDueAt" < ${n}))
      ))::int AS "acceptDue",
      (count(*) FILTER (WHERE ${received} AND t."acceptedAt" <= t."acceptDueAt"))::int AS "acceptOnTime",
      (count(*) FILTER (WHERE ${received} AND (t."resolvedAt" IS NOT NULL OR (${open} AND t."resolveDueAt" < ${n}))))::int AS "resolveDue",
      (count(*) FILTER (WHERE ${received} AND t."resolvedAt" <= t."resolveDueAt"))::int AS "resolveOnTime",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t."resolvedAt" - t."createdAt"))
        FILTER (WHERE ${resolved})) / 3600.0 AS "medianResolveHours"
    FROM "Ticket" t
    JOIN "Enterprise" e ON e."id" = t."enterpriseId"
    JOIN "Workstation" w ON w."id" = e."workstationId"
    WHERE t."bureauId" = ${bureauId} ${narrowing(scope)}
      AND (${received} OR ${resolved} OR ${open} OR t."dueAt" < ${n})
    GROUP BY 1`;
  return new Map(
    rows.map((r) => [
      r.key ?? "",
      {
        received: r.received ?? 0,
        resolved: r.resolved ?? 0,
        open: r.open ?? 0,
        overdue: r.overdue ?? 0,
        acceptDue: r.acceptDue ?? 0,
        acceptOnTime: r.acceptOnTime ?? 0,
        resolveDue: r.resolveDue ?? 0,
        resolveOnTime: r.resolveOnTime ?? 0,
        medianResolveHours: r.medianResolveHours === null ? null : Number(r.medianResolveHours),
      },
    ]),
  );
}

export const NO_TICKETS: TicketCounts = {
  received: 0,
  resolved: 0,
  open: 0,
  overdue: 0,
  acceptDue: 0,
  acceptOnTime: 0,
  resolveDue: 0,
  resolveOnTime: 0,
  medianResolveHours: null,
};

export type RatingCounts = { ratings: number; sum: number; low: number };
/** Ratings of 1–2: the enterprise says the problem was not solved. */
export const LOW_RATING_MAX = 2;

/**
 * Satisfaction ratings given in the period, per group. Counted from the rating events, since a low
 * rating reopens the ticket and a later rating overwrites the ticket's own field: every rating
 * given counts once, in the period it was given.
 */
export async function ratingCounts(
  bureauId: string,
  scope: DashboardScope,
  grouping: Grouping = "all",
): Promise<Map<string, RatingCounts>> {
  const rating = Prisma.sql`(ev."data"->>'rating')::int`;
  const rows = await getDb().$queryRaw<{ key: string | null; ratings: number; sum: number | null; low: number }[]>`
    SELECT ${GROUPINGS[grouping]} AS "key",
      count(*)::int AS "ratings",
      sum(${rating})::int AS "sum",
      (count(*) FILTER (WHERE ${rating} <= ${LOW_RATING_MAX}))::int AS "low"
    FROM "TicketEvent" ev
    JOIN "Ticket" t ON t."id" = ev."ticketId"
    JOIN "Enterprise" e ON e."id" = t."enterpriseId"
    JOIN "Workstation" w ON w."id" = e."workstationId"
    WHERE t."bureauId" = ${bureauId} ${narrowing(scope)}
      AND ev."kind" = 'RATED' AND ev."createdAt" >= ${at(scope.period.from)} AND ev."createdAt" < ${at(scope.period.to)}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.key ?? "", { ratings: r.ratings, sum: r.sum ?? 0, low: r.low }]));
}

export const NO_RATINGS: RatingCounts = { ratings: 0, sum: 0, low: 0 };

export type TicketFigures = TicketCounts & {
  escalations: number;
  onTimeAcceptance: number | null;
  onTimeResolution: number | null;
  ratings: number;
  averageRating: number | null;
  lowRatingShare: number | null;
};

export function withRates(c: TicketCounts, r: RatingCounts): Omit<TicketFigures, "escalations"> {
  return {
    ...c,
    onTimeAcceptance: share(c.acceptOnTime, c.acceptDue),
    onTimeResolution: share(c.resolveOnTime, c.resolveDue),
    ratings: r.ratings,
    averageRating: r.ratings ? r.sum / r.ratings : null,
    lowRatingShare: share(r.low, r.ratings),
  };
}

/** The period's ticket figures for the whole (narrowed) county. */
export async function ticketFigures(bureauId: string, scope: DashboardScope, now: Date): Promise<TicketFigures> {
  const { from, to } = scope.period;
  const enterprise = enterpriseNarrowing(scope);
  const [counts, ratings, escalations] = await Promise.all([
    ticketCounts(bureauId, scope, now),
    ratingCounts(bureauId, scope),
    getDb().ticket.count({
      where: { bureauId, escalatedAt: { gte: from, lt: to }, ...(enterprise ? { enterprise } : {}) },
    }),
  ]);
  return { ...withRates(counts.get("") ?? NO_TICKETS, ratings.get("") ?? NO_RATINGS), escalations };
}
