import "server-only";
import { cache } from "react";
import { readDb } from "../db/read.ts";
import { Prisma } from "../db/index.ts";
import { overdueCutoff } from "../visits/cadence.ts";
import { cadenceDaysFor } from "../visits/queries.ts";
import type { DashboardScope } from "./filters.ts";
import { at } from "../db/sql-time.ts";
import { enterpriseNarrowingSql } from "./sql-scope.ts";

export type CoverageFigures = { enterprises: number; covered: number; visitedInCadence: number; cadenceDays: number };

/** A visit counts from `cutoff` until `asOf`: the period's end, or now for a period still running. */
export async function visitWindow(bureauId: string, scope: DashboardScope, now: Date) {
  const asOf = scope.period.to < now ? scope.period.to : now;
  const cadenceDays = await cadenceDaysFor(bureauId);
  return { asOf, cutoff: overdueCutoff(cadenceDays, asOf), cadenceDays };
}

/**
 * Whether enterprise `e` had a visit in [cutoff, asOf). Its latest visit answers it, except when that
 * visit came after `asOf` (a past period's view): then its visits are looked up.
 */
export function visitedWithinSql(cutoff: Date, asOf: Date): Prisma.Sql {
  return Prisma.sql`(e."lastVisitedAt" >= ${at(cutoff)} AND (e."lastVisitedAt" < ${at(asOf)}
    OR EXISTS (SELECT 1 FROM "Visit" v WHERE v."enterpriseId" = e."id"
      AND v."visitedAt" >= ${at(cutoff)} AND v."visitedAt" < ${at(asOf)})))`;
}

/**
 * The active enterprises within the filters: how many there are, how many have a responsible officer
 * now (一企一警), and how many had a visit within the bureau's cadence as of the period's end (or now,
 * for a period still running). One statement, read once per request: the headline shows it, and the
 * lists of enterprises not visited and not covered take their totals from it.
 */
export const coverageFigures = cache(
  async (bureauId: string, scope: DashboardScope, now: Date): Promise<CoverageFigures> => {
    const { asOf, cutoff, cadenceDays } = await visitWindow(bureauId, scope, now);
    const [counts] = await readDb().$queryRaw<Omit<CoverageFigures, "cadenceDays">[]>`
      SELECT count(*)::int AS "enterprises",
        (count(*) FILTER (WHERE e."responsibleOfficerId" IS NOT NULL))::int AS "covered",
        (count(*) FILTER (WHERE ${visitedWithinSql(cutoff, asOf)}))::int AS "visitedInCadence"
      FROM "Enterprise" e
      WHERE e."bureauId" = ${bureauId} AND e."active" ${enterpriseNarrowingSql(scope)}`;
    return { ...counts!, cadenceDays };
  },
);
