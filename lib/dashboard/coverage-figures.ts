import "server-only";
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

/**
 * Responsible-officer coverage (一企一警) as of now, and visit coverage as of the period's end (or
 * now, for a period still running): enterprises with a visit within the bureau's cadence by then.
 */
export async function coverageFigures(bureauId: string, scope: DashboardScope, now: Date): Promise<CoverageFigures> {
  const asOf = scope.period.to < now ? scope.period.to : now;
  const cadenceDays = await cadenceDaysFor(bureauId);
  const cutoff = overdueCutoff(cadenceDays, asOf);
  const where = activeEnterprises(bureauId, scope);
  const db = readDb();
  const [enterprises, covered, visitedInCadence] = await Promise.all([
    db.enterprise.count({ where }),
    db.enterprise.count({ where: { AND: [where, { responsibleOfficerId: { not: null } }] } }),
    db.enterprise.count({ where: { AND: [where, { visits: { some: { visitedAt: { gte: cutoff, lt: asOf } } } }] } }),
  ]);
  return { enterprises, covered, visitedInCadence, cadenceDays };
}
