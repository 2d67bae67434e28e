import "server-only";
import { Prisma } from "../db/index.ts";
import type { DashboardScope } from "./filters.ts";

/** A table carrying the filed place (station, workstation, responsible officer): tickets `t`, tally rows `x`, hazards `h`. */
export type FiledAlias = "t" | "x" | "h";

/**
 * The station / workstation / officer narrowing over the place a row was filed at (tickets and
 * hazards record it, so a later move does not carry their figures along). Every id is a bound parameter.
 */
export function filedNarrowing(scope: DashboardScope, alias: FiledAlias): Prisma.Sql {
  const a = Prisma.raw(alias);
  const parts: Prisma.Sql[] = [];
  if (scope.stationId) parts.push(Prisma.sql`AND ${a}."stationId" = ${scope.stationId}`);
  if (scope.workstationId) parts.push(Prisma.sql`AND ${a}."workstationId" = ${scope.workstationId}`);
  if (scope.officerId) parts.push(Prisma.sql`AND ${a}."responsibleOfficerId" = ${scope.officerId}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/** What place figures can be broken down by: the parts of the place a record was filed at. */
export type Grouping = "all" | "station" | "workstation" | "officer";

/** The same narrowing as a Prisma filter on an enterprise relation. */
export function enterpriseNarrowing(scope: DashboardScope): Prisma.EnterpriseWhereInput | undefined {
  if (!scope.stationId && !scope.workstationId && !scope.officerId) return undefined;
  return {
    ...(scope.stationId ? { workstation: { stationId: scope.stationId } } : {}),
    ...(scope.workstationId ? { workstationId: scope.workstationId } : {}),
    ...(scope.officerId ? { responsibleOfficerId: scope.officerId } : {}),
  };
}
