import { getDb } from "@/lib/db";

/**
 * One fingerprint per table of the schema: its row count and the sum of a 64-bit hash of every row's
 * text (a sum, so that no sort is needed). Equal before and after means no row was added, removed or
 * changed, whichever column it was.
 */
export async function tableChecksums(): Promise<Record<string, string>> {
  const db = getDb();
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`,
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text AS sum FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; sum: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

/** The tables whose fingerprint differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}

/**
 * The next transaction id the database will hand out. It moves only when a transaction writes (or
 * tries to: one rolled back moves it too), so an unchanged mark spares the full checksum.
 */
export async function writeMark(): Promise<string> {
  const [row] = await getDb().$queryRawUnsafe<{ mark: string }[]>(
    "SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS mark",
  );
  return row!.mark;
}
