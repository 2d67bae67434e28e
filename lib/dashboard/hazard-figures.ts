import "server-only";
import { cache } from "react";
import { readDb } from "../db/read.ts";
import type { HazardStatus } from "../db/generated/enums.ts";
import type { DashboardScope } from "./filters.ts";
import { at } from "../db/sql-time.ts";
import { byGrouping, filedNarrowing, groupingSets, type Grouping } from "./sql-scope.ts";

export type HazardCounts = { listed: number; closed: number; overdue: number; byStatus: Record<HazardStatus, number> };

export const NO_HAZARDS: HazardCounts = {
  listed: 0,
  closed: 0,
  overdue: 0,
  byStatus: { LISTED: 0, RECTIFYING: 0, PENDING_VERIFICATION: 0, CLOSED: 0 },
};

type HazardRow = {
  listed: number;
  closed: number;
  overdue: number;
  listedNow: number;
  rectifying: number;
  pending: number;
};

const PLACE_GROUPINGS = ["station", "workstation", "officer"] as const;

/**
 * The period's hazards per station, workstation and officer they were listed at, and for the whole,
 * read once per view (cached per request): listed and closed out (销号) in the period; overdue (past
 * the rectification deadline, not closed) and the open ones by status as of now. Rows come from the
 * bureau's createdAt, closedAt and (status, deadline) indexes; the database sums them per group.
 */
const hazardGroups = cache(
  async (bureauId: string, scope: DashboardScope, now: Date): Promise<Record<Grouping, Map<string, HazardRow>>> => {
    const [f, t0, n] = [at(scope.period.from), at(scope.period.to), at(now)];
    const sets = groupingSets("h", PLACE_GROUPINGS);
    const rows = await readDb().$queryRaw<({ grouping: Grouping; key: string } & HazardRow)[]>`
      SELECT ${sets.columns},
        (count(*) FILTER (WHERE h."createdAt" >= ${f} AND h."createdAt" < ${t0}))::int AS "listed",
        (count(*) FILTER (WHERE h."status" = 'CLOSED' AND h."closedAt" >= ${f} AND h."closedAt" < ${t0}))::int AS "closed",
        (count(*) FILTER (WHERE h."status" <> 'CLOSED' AND h."deadline" < ${n}))::int AS "overdue",
        (count(*) FILTER (WHERE h."status" = 'LISTED'))::int AS "listedNow",
        (count(*) FILTER (WHERE h."status" = 'RECTIFYING'))::int AS "rectifying",
        (count(*) FILTER (WHERE h."status" = 'PENDING_VERIFICATION'))::int AS "pending"
      FROM "Hazard" h
      WHERE h."bureauId" = ${bureauId} ${filedNarrowing(scope, "h")}
        AND ((h."createdAt" >= ${f} AND h."createdAt" < ${t0}) OR h."status" IN ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION')
          OR (h."closedAt" >= ${f} AND h."closedAt" < ${t0}))
      ${sets.groupBy}`;
    return byGrouping(PLACE_GROUPINGS, rows);
  },
);

/** Hazards per group, counted where each was listed (see hazardGroups). */
export async function hazardCounts(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  grouping: Grouping = "all",
): Promise<Map<string, HazardCounts>> {
  const groups = (await hazardGroups(bureauId, scope, now))[grouping];
  return new Map(
    [...groups].map(([key, r]) => [
      key,
      {
        listed: r.listed,
        closed: r.closed,
        overdue: r.overdue,
        byStatus: { LISTED: r.listedNow, RECTIFYING: r.rectifying, PENDING_VERIFICATION: r.pending, CLOSED: r.closed },
      },
    ]),
  );
}

/**
 * Hazards past their rectification deadline and not closed, as of now, of each of several counties:
 * one statement for the city's view, from the (bureau, status, deadline) index, whatever the period.
 */
export async function overdueHazardsByCounty(bureauIds: string[], now: Date): Promise<Map<string, number>> {
  const rows = await readDb().$queryRaw<{ bureauId: string; overdue: number }[]>`
    SELECT h."bureauId", count(*)::int AS "overdue"
    FROM "Hazard" h
    WHERE h."bureauId" = ANY(${bureauIds}::text[]) AND h."status" IN ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION')
      AND h."deadline" < ${at(now)}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.bureauId, r.overdue]));
}

export async function hazardFigures(bureauId: string, scope: DashboardScope, now: Date): Promise<HazardCounts> {
  return (await hazardCounts(bureauId, scope, now)).get("") ?? NO_HAZARDS;
}
