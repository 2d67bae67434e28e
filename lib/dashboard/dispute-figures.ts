import "server-only";
import { Prisma } from "../db/index.ts";
import { readDb } from "../db/read.ts";
import { at } from "../db/sql-time.ts";
import { resolutionRate } from "../disputes/figures.ts";
import { OPEN_DISPUTE_STATUSES } from "../disputes/machine.ts";
import type { DashboardScope } from "./filters.ts";
import { enterpriseNarrowingSql } from "./sql-scope.ts";

export type DisputeFigures = {
  recorded: number;
  resolved: number;
  unresolved: number;
  resolutionRate: number | null;
  openAtRisk: number;
};

/**
 * Disputes recorded in the period, those closed in it (resolved by agreement or not) and the share
 * resolved, as the bulletins report them; open risk-flagged ones as of now: one statement over the
 * disputes recorded or closed in the period and those still open. A station filter uses the
 * dispute's own station, since a dispute need not involve an enterprise; narrower filters go through
 * its enterprise.
 */
export async function disputeFigures(bureauId: string, scope: DashboardScope): Promise<DisputeFigures> {
  const [f, t] = [at(scope.period.from), at(scope.period.to)];
  const station = scope.stationId ? Prisma.sql`AND d."stationId" = ${scope.stationId}` : Prisma.empty;
  const enterprise =
    scope.workstationId || scope.officerId
      ? Prisma.sql`AND d."enterpriseId" IN (SELECT e."id" FROM "Enterprise" e WHERE e."bureauId" = ${bureauId}
          ${enterpriseNarrowingSql({ ...scope, stationId: undefined })})`
      : Prisma.empty;
  const open = Prisma.join(OPEN_DISPUTE_STATUSES.map((s) => Prisma.sql`${s}::"DisputeStatus"`));
  const inPeriod = (column: "createdAt" | "closedAt") =>
    Prisma.sql`d.${Prisma.raw(`"${column}"`)} >= ${f} AND d.${Prisma.raw(`"${column}"`)} < ${t}`;
  const [counts] = await readDb().$queryRaw<Omit<DisputeFigures, "resolutionRate">[]>`
    SELECT (count(*) FILTER (WHERE ${inPeriod("createdAt")}))::int AS "recorded",
      (count(*) FILTER (WHERE d."status" = 'RESOLVED' AND ${inPeriod("closedAt")}))::int AS "resolved",
      (count(*) FILTER (WHERE d."status" = 'UNRESOLVED' AND ${inPeriod("closedAt")}))::int AS "unresolved",
      (count(*) FILTER (WHERE d."escalationRisk" AND d."status" IN (${open})))::int AS "openAtRisk"
    FROM "Dispute" d
    WHERE d."bureauId" = ${bureauId} ${station} ${enterprise}
      AND ((${inPeriod("createdAt")}) OR (${inPeriod("closedAt")}) OR d."status" IN (${open}))`;
  const { recorded, resolved, unresolved, openAtRisk } = counts!;
  return { recorded, resolved, unresolved, resolutionRate: resolutionRate(resolved, unresolved), openAtRisk };
}
