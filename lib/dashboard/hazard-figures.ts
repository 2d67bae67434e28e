import "server-only";
import { getDb } from "../db/index.ts";
import type { HazardStatus } from "../db/generated/enums.ts";
import type { DashboardScope } from "./filters.ts";
import { at, filedGroup, filedNarrowing, type Grouping } from "./sql-scope.ts";

export type HazardCounts = { listed: number; closed: number; overdue: number; byStatus: Record<HazardStatus, number> };

export const NO_HAZARDS: HazardCounts = {
  listed: 0,
  closed: 0,
  overdue: 0,
  byStatus: { LISTED: 0, RECTIFYING: 0, PENDING_VERIFICATION: 0, CLOSED: 0 },
};

/**
 * Hazards per group: listed and closed out (销号) in the period; overdue (past the rectification
 * deadline, not closed) and the open ones by status as of now, counted where each hazard was
 * listed. Rows come from the bureau's createdAt, closedAt and (status, deadline) indexes.
 */
export async function hazardCounts(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  grouping: Grouping = "all",
): Promise<Map<string, HazardCounts>> {
  const [f, t0, n] = [at(scope.period.from), at(scope.period.to), at(now)];
  const rows = await getDb().$queryRaw<
    {
      key: string | null;
      listed: number;
      closed: number;
      overdue: number;
      listedNow: number;
      rectifying: number;
      pending: number;
    }[]
  >`
    SELECT ${filedGroup(grouping, "h")} AS "key",
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
    GROUP BY 1`;
  return new Map(
    rows.map((r) => [
      r.key ?? "",
      {
        listed: r.listed,
        closed: r.closed,
        overdue: r.overdue,
        byStatus: { LISTED: r.listedNow, RECTIFYING: r.rectifying, PENDING_VERIFICATION: r.pending, CLOSED: r.closed },
      },
    ]),
  );
}

export async function hazardFigures(bureauId: string, scope: DashboardScope, now: Date): Promise<HazardCounts> {
  return (await hazardCounts(bureauId, scope, now)).get("") ?? NO_HAZARDS;
}
