import { readFileSync, statSync } from "node:fs";
import pg from "pg";

/** One statement as the recorder saw it; `rows` is what it returned (null when it returns none). */
export type Statement = { sql: string; params?: unknown[]; ms: number; rows?: number | null };

/** Statements the recorder appended to `file` since byte `from`. */
export function statementsSince(file: string, from: number): { statements: Statement[]; end: number } {
  const end = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (end <= from) return { statements: [], end };
  const text = readFileSync(file).subarray(from, end).toString("utf8");
  const statements = text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);
  return { statements, end };
}

/** Tables PostgreSQL believes hold more than `rows` rows. */
export async function largeTables(client: pg.Client, rows: number): Promise<Map<string, number>> {
  const { rows: found } = await client.query<{ name: string; n: number }>(
    `SELECT c.relname AS name, c.reltuples::bigint::float8 AS n FROM pg_class c
     JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE c.relkind = 'r' AND s.nspname = current_schema() AND c.reltuples > $1`,
    [rows],
  );
  return new Map(found.map((r) => [r.name, r.n]));
}

const EXPLAINABLE = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;

export type Plan = { statement: Statement; plan: string[] | null; seqScans: string[] };

/**
 * EXPLAIN ANALYZE of each statement with the parameters the app sent, inside a transaction that is
 * rolled back, so writes (the comment action) are measured without being kept. Each statement has
 * its own savepoint: one that fails out of context (a later step of a write) does not stop the rest.
 */
export async function explainAll(
  client: pg.Client,
  statements: Statement[],
  large: Map<string, number>,
): Promise<Plan[]> {
  const plans: Plan[] = [];
  await client.query("BEGIN");
  try {
    for (const statement of statements) {
      if (!EXPLAINABLE.test(statement.sql)) {
        plans.push({ statement, plan: null, seqScans: [] });
        continue;
      }
      await client.query("SAVEPOINT s");
      try {
        const { rows } = await client.query<{ "QUERY PLAN": string }>({
          text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
          values: statement.params ?? [],
        });
        const plan = rows.map((r) => r["QUERY PLAN"]);
        const seqScans = plan.flatMap((line) => {
          const table = /Seq Scan on "?([A-Za-z_][A-Za-z0-9_]*)"?/.exec(line)?.[1];
          return table && large.has(table) ? [table] : [];
        });
        plans.push({ statement, plan, seqScans: [...new Set(seqScans)] });
        await client.query("RELEASE SAVEPOINT s");
      } catch (error) {
        await client.query("ROLLBACK TO SAVEPOINT s");
        plans.push({ statement, plan: [`(not explained: ${(error as Error).message})`], seqScans: [] });
      }
    }
  } finally {
    await client.query("ROLLBACK");
  }
  return plans;
}
