import "server-only";
import { cache } from "react";
import { readDb } from "../db/read.ts";
import type { HazardStatus } from "../db/generated/enums.ts";
import type { DashboardScope } from "./filters.ts";
import { at } from "../db/sql-time.ts";
import { filedNarrowing, type Grouping } from "./sql-scope.ts";

export type HazardCounts = { listed: number; closed: number; overdue: number; byStatus: Record<HazardStatus, number> };

export const NO_HAZARDS: HazardCounts = {
  listed: 0,
  closed: 0,
  overdue: 0,
  byStatus: { LISTED: 0, RECTIFYING: 0, PENDING_VERIFICATION: 0, CLOSED: 0 },
};

type HazardRow = {
  stationId: string;
  workstationId: string;
  officerId: string;
  listed: number;
  closed: number;
  overdue: number;
  listedNow: number;
  rectifying: number;
  pending: number;
};

/**
 * The period's hazards per place they were listed at, read once per view (cached per request) and
 * summed per grouping below: listed and closed out (销号) in the period; overdue (past the
 * rectification deadline, not closed) and the open ones by status as of now. Rows come from the
 * bureau's createdAt, closedAt and (status, deadline) indexes.
 */
const hazardsByPlace = cache(async (bureauId: string, scope: DashboardScope, now: Date): Promise<HazardRow[]> => {
  const [f, t0, n] = [at(scope.period.from), at(scope.period.to), at(now)];
  return readDb().$queryRaw<HazardRow[]>`
    SELECT coalesce(h."stationId", '') AS "stationId", coalesce(h."workstationId", '') AS "workstationId",
      coalesce(h."responsibleOfficerId", '') AS "officerId",
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
    GROUP BY 1, 2, 3`;
});

const KEY_OF: Record<Grouping, (r: HazardRow) => string> = {
  all: () => "",
  station: (r) => r.stationId,
  workstation: (r) => r.workstationId,
  officer: (r) => r.officerId,
};

/** Hazards per group, counted where each was listed (see hazardsByPlace). */
export async function hazardCounts(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  grouping: Grouping = "all",
): Promise<Map<string, HazardCounts>> {
  const counts = new Map<string, HazardCounts>();
  for (const r of await hazardsByPlace(bureauId, scope, now)) {
    const key = KEY_OF[grouping](r);
    const c = counts.get(key) ?? {
      listed: 0,
      closed: 0,
      overdue: 0,
      byStatus: { LISTED: 0, RECTIFYING: 0, PENDING_VERIFICATION: 0, CLOSED: 0 },
    };
    c.listed += r.listed;
    c.closed += r.closed;
    c.overdue += r.overdue;
    c.byStatus.LISTED += r.listedNow;
    c.byStatus.RECTIFYING += r.rectifying;
    c.byStatus.PENDING_VERIFICATION += r.pending;
    c.byStatus.CLOSED += r.closed;
    counts.set(key, c);
  }
  return counts;
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
