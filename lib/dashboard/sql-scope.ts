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

/** Ticket figures can also be broken down by category. */
export type TicketGrouping = Grouping | "category";

/** Each grouping's key over a filed row ("" where the row has no such part; "" for the whole). */
const GROUP_KEY: Record<Exclude<TicketGrouping, "all">, (a: Prisma.Sql) => Prisma.Sql> = {
  station: (a) => Prisma.sql`coalesce(${a}."stationId", '')`,
  workstation: (a) => Prisma.sql`coalesce(${a}."workstationId", '')`,
  officer: (a) => Prisma.sql`coalesce(${a}."responsibleOfficerId", '')`,
  category: (a) => Prisma.sql`${a}."category"::text`,
};

/**
 * Sums per group of several groupings in one statement: GROUP BY GROUPING SETS, one set per grouping
 * and the empty set for the whole. `columns` goes into the SELECT list and names each row's grouping
 * ("grouping") and its key ("key"); `groupBy` is the clause. The database sums, so a view reads one
 * row per station, workstation, officer and category rather than one per combination of them.
 */
export function groupingSets(
  alias: FiledAlias,
  groupings: readonly Exclude<TicketGrouping, "all">[],
): { columns: Prisma.Sql; groupBy: Prisma.Sql } {
  const a = Prisma.raw(alias);
  const keys = groupings.map((g) => GROUP_KEY[g](a));
  // The tags are this module's own words, written into the statement so that it stays one text.
  const tagged = groupings.map((g, i) => Prisma.sql`WHEN grouping(${keys[i]!}) = 0 THEN ${Prisma.raw(`'${g}'`)}`);
  return {
    columns: Prisma.sql`CASE ${Prisma.join(tagged, " ")} ELSE 'all' END AS "grouping",
      coalesce(${Prisma.join(keys, ", ")}, '') AS "key"`,
    groupBy: Prisma.sql`GROUP BY GROUPING SETS (${Prisma.join(
      keys.map((k) => Prisma.sql`(${k})`),
      ", ",
    )}, ())`,
  };
}

/** Rows tagged with their grouping and key, as maps per grouping (a grouping with no rows is empty). */
export function byGrouping<G extends TicketGrouping, T>(
  groupings: readonly G[],
  rows: ({ grouping: G | "all"; key: string } & T)[],
): Record<G | "all", Map<string, T>> {
  const groups = Object.fromEntries(["all", ...groupings].map((g) => [g, new Map<string, T>()])) as Record<
    G | "all",
    Map<string, T>
  >;
  for (const { grouping, key, ...sums } of rows) groups[grouping].set(key, sums as T);
  return groups;
}

/**
 * The same narrowing over enterprises `e` as SQL: their workstation, its station and their responsible
 * officer now. Every id is a bound parameter.
 */
export function enterpriseNarrowingSql(scope: DashboardScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.stationId)
    parts.push(
      Prisma.sql`AND e."workstationId" IN (SELECT w."id" FROM "Workstation" w WHERE w."stationId" = ${scope.stationId})`,
    );
  if (scope.workstationId) parts.push(Prisma.sql`AND e."workstationId" = ${scope.workstationId}`);
  if (scope.officerId) parts.push(Prisma.sql`AND e."responsibleOfficerId" = ${scope.officerId}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}
