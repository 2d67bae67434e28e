// The job queue's tables (pg-boss, schema "pgboss") are installed and upgraded by the migration step,
// as the table owner, beside Prisma's migrations: the runtime role may not create schemas, and a
// server that upgraded the queue's tables on start would need to. Servers then start pg-boss with
// `migrate: false`, which refuses to run on a queue schema of another version instead of changing it.
// Plain erasable TypeScript: `npm run migrate` runs it on Node 24 where only production dependencies
// are installed.
import type { PGlite } from "@electric-sql/pglite";
import { fromPglite, PgBoss, type ConstructorOptions } from "pg-boss";

/** The PostgreSQL schema holding the queue's tables. */
export const JOB_SCHEMA = "pgboss";

export type JobSchemaTarget = { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; url: string };

/** How long the migration step waits for index builds a queue upgrade runs in the background. */
const BACKGROUND_BUILD_LIMIT_MS = 10 * 60_000;

/** pg-boss's connection for a target: its own small pool on PostgreSQL, the process's PGlite when embedded. */
export function bossConnection(target: JobSchemaTarget, max = 3): ConstructorOptions {
  return target.kind === "pglite"
    ? { db: fromPglite(target.pglite), backend: "pglite", schema: JOB_SCHEMA }
    : { connectionString: target.url, max, schema: JOB_SCHEMA, application_name: "jqt-jobs" };
}

/**
 * Creates the queue's schema, or brings it to this pg-boss version's; idempotent, and safe when two
 * migration runs meet (pg-boss takes an advisory lock). Nothing is scheduled or worked here.
 */
export async function installJobSchema(target: JobSchemaTarget): Promise<void> {
  const boss = new PgBoss({
    ...bossConnection(target, 1),
    migrate: true,
    supervise: false,
    schedule: false,
    registerInstance: false,
  });
  const errors: unknown[] = [];
  boss.on("error", (error) => errors.push(error));
  await boss.start();
  try {
    // An upgrade may queue index builds that run after its transaction; the step ends when they have.
    const until = Date.now() + BACKGROUND_BUILD_LIMIT_MS;
    for (;;) {
      const pending = (await boss.getBamStatus()).filter(
        (row) => row.status !== "completed" && row.status !== "failed",
      );
      if (pending.length === 0 || Date.now() > until) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await boss.stop({ graceful: true, close: true, timeout: 5_000 });
  }
  if (errors.length) throw errors[0];
}
