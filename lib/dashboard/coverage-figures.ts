import "server-only";
import { cache } from "react";
import { readDb } from "../db/read.ts";
import type { Prisma } from "../db/generated/client.ts";
import { overdueCutoff } from "../visits/cadence.ts";
import { cadenceDaysFor } from "../visits/queries.ts";
import type { DashboardScope } from "./filters.ts";
import { enterpriseNarrowing } from "./sql-scope.ts";

export type CoverageFigures = { enterprises: number; covered: number; visitedInCadence: number; cadenceDays: number };

/** Active enterprises of the bureau within the filters. */
export function activeEnterprises(bureauId: string, scope: DashboardScope): Prisma.EnterpriseWhereInput {
  return { bureauId, active: true, ...enterpriseNarrowing(scope) };
}

/** A visit counts from `cutoff` until `asOf`: the period's end, or now for a period still running. */
export async function visitWindow(bureauId: string, scope: DashboardScope, now: Date) {
  const asOf = scope.period.to < now ? scope.period.to : now;
  const cadenceDays = await cadenceDaysFor(bureauId);
  return { asOf, cutoff: overdueCutoff(cadenceDays, asOf), cadenceDays };
}

/**
 * Visit coverage as of the period's end (or now, for a period still running): the active enterprises
 * within the filters and those with a visit within the bureau's cadence by then. Read once per
 * request: the headline shows it, and the list of enterprises not visited takes its total from it.
 */
export const visitCoverage = cache(async (bureauId: string, scope: DashboardScope, now: Date) => {
  const { asOf, cutoff, cadenceDays } = await visitWindow(bureauId, scope, now);
  const where = activeEnterprises(bureauId, scope);
  const db = readDb();
  const [enterprises, visitedInCadence] = await Promise.all([
    db.enterprise.count({ where }),
    db.enterprise.count({ where: { AND: [where, { visits: { some: { visitedAt: { gte: cutoff, lt: asOf } } } }] } }),
  ]);
  return { cadenceDays, enterprises, visitedInCadence };
});

/** Responsible-officer coverage (一企一警) as of now, and visit coverage (see visitCoverage). */
export async function coverageFigures(bureauId: string, scope: DashboardScope, now: Date): Promise<CoverageFigures> {
  const where = activeEnterprises(bureauId, scope);
  const [visits, covered] = await Promise.all([
    visitCoverage(bureauId, scope, now),
    readDb().enterprise.count({ where: { AND: [where, { responsibleOfficerId: { not: null } }] } }),
  ]);
  const { enterprises, visitedInCadence, cadenceDays } = visits;
  return { enterprises, covered, visitedInCadence, cadenceDays };
}
