import "server-only";
import { Prisma } from "../db/index.ts";
import type { DashboardScope } from "./filters.ts";

/**
 * A timestamp parameter for hand-written SQL. The columns are `timestamp` holding UTC; sending the
 * ISO text and casting keeps the comparison in UTC whatever the session's time zone is.
 */
export function at(instant: Date): Prisma.Sql {
  return Prisma.sql`${instant.toISOString()}::timestamp`;
}

/**
 * The station / workstation / officer narrowing as SQL over an enterprise `e` joined to its
 * workstation `w`. Every id is a bound parameter.
 */
export function narrowing(scope: DashboardScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.stationId) parts.push(Prisma.sql`AND w."stationId" = ${scope.stationId}`);
  if (scope.workstationId) parts.push(Prisma.sql`AND e."workstationId" = ${scope.workstationId}`);
  if (scope.officerId) parts.push(Prisma.sql`AND e."responsibleOfficerId" = ${scope.officerId}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/** What figures can be broken down by; each a fixed column expression, never user input. */
export const GROUPINGS = {
  all: Prisma.raw(`''`),
  station: Prisma.raw(`w."stationId"`),
  workstation: Prisma.raw(`e."workstationId"`),
  officer: Prisma.raw(`e."responsibleOfficerId"`),
  category: Prisma.raw(`t."category"::text`),
} as const;
export type Grouping = keyof typeof GROUPINGS;

/** The same narrowing as a Prisma filter on an enterprise relation. */
export function enterpriseNarrowing(scope: DashboardScope): Prisma.EnterpriseWhereInput | undefined {
  if (!scope.stationId && !scope.workstationId && !scope.officerId) return undefined;
  return {
    ...(scope.stationId ? { workstation: { stationId: scope.stationId } } : {}),
    ...(scope.workstationId ? { workstationId: scope.workstationId } : {}),
    ...(scope.officerId ? { responsibleOfficerId: scope.officerId } : {}),
  };
}
