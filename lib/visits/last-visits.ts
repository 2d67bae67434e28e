import "server-only";
import { Prisma, type Db } from "../db/index.ts";
import { at } from "../db/sql-time.ts";

/**
 * The latest visit of each given enterprise (before `before`, when given), read as one step back
 * through each enterprise's [enterpriseId, visitedAt] index: the cost follows the number of
 * enterprises, not their years of visits. Enterprises never visited are left out.
 */
export async function lastVisits(
  db: Db,
  bureauId: string,
  enterpriseIds: readonly string[],
  before?: Date,
): Promise<Map<string, Date>> {
  if (!enterpriseIds.length) return new Map();
  const until = before ? Prisma.sql`AND v."visitedAt" < ${at(before)}` : Prisma.empty;
  const rows = await db.$queryRaw<{ enterpriseId: string; visitedAt: Date | null }[]>`
    SELECT e."id" AS "enterpriseId",
      (SELECT v."visitedAt" FROM "Visit" v
        WHERE v."enterpriseId" = e."id" AND v."bureauId" = ${bureauId} ${until}
        ORDER BY v."visitedAt" DESC LIMIT 1) AS "visitedAt"
    FROM unnest(${[...enterpriseIds]}::text[]) AS e("id")`;
  return new Map(rows.flatMap((r) => (r.visitedAt ? [[r.enterpriseId, r.visitedAt] as const] : [])));
}
