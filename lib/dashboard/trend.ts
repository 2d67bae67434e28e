import "server-only";
import { getDb, Prisma } from "../db/index.ts";
import type { DashboardScope } from "./filters.ts";
import { weeksOf } from "./period.ts";
import { at, narrowing } from "./sql-scope.ts";

export type WeekPoint = { week: string; received: number; resolved: number };

/** China-time Monday of a timestamp column, as YYYY-MM-DD (the columns hold UTC; China has no DST). */
const weekOf = (column: Prisma.Sql) =>
  Prisma.sql`to_char(date_trunc('week', ${column} + interval '8 hours'), 'YYYY-MM-DD')`;

/** Tickets received and resolved per China week of the period, every week present (zero when quiet). */
export async function weeklyTrend(bureauId: string, scope: DashboardScope): Promise<WeekPoint[]> {
  const [f, t0] = [at(scope.period.from), at(scope.period.to)];
  const perWeek = (column: Prisma.Sql) => getDb().$queryRaw<{ week: string; n: number }[]>`
    SELECT ${weekOf(column)} AS "week", count(*)::int AS "n"
    FROM "Ticket" t
    JOIN "Enterprise" e ON e."id" = t."enterpriseId"
    JOIN "Workstation" w ON w."id" = e."workstationId"
    WHERE t."bureauId" = ${bureauId} ${narrowing(scope)} AND ${column} >= ${f} AND ${column} < ${t0}
    GROUP BY 1`;
  const [received, resolved] = await Promise.all([
    perWeek(Prisma.raw(`t."createdAt"`)),
    perWeek(Prisma.raw(`t."resolvedAt"`)),
  ]);
  const [r, s] = [new Map(received.map((x) => [x.week, x.n])), new Map(resolved.map((x) => [x.week, x.n]))];
  return weeksOf(scope.period).map((week) => ({ week, received: r.get(week) ?? 0, resolved: s.get(week) ?? 0 }));
}
