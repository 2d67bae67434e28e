import "server-only";
import { getDb } from "../db/index.ts";
import { jobsHealthy } from "../jobs/server.ts";
import { logger } from "../log/logger.ts";
import { expectedMigration } from "./schema-version.ts";

// Ready means: the database answers within a short time, it has applied the newest migration this
// build knows (schema-version.ts), and a process that works the background jobs has them running. A database that is ahead of the build (a rolling deploy
// migrated it for the next version) still counts as ready: migrations only add until the old
// version is gone.
//
// How the runtime role learns it: the migration owner grants it SELECT on three columns of Prisma's
// own history table, migration_name, finished_at and rolled_back_at (lib/db/roles.ts), and nothing
// else of that table: not its checksums, not the logs of failed migrations (which quote SQL and
// errors), and no write. Alternatives weighed in docs/operations.md.

export type Readiness = { ready: true } | { ready: false; reason: "timeout" | "database" | "migrations" | "jobs" };

const DEFAULT_TIMEOUT_MS = 2_000;
// Probes from several load balancers, or a flood, share one check per second per process, so
// asking for readiness never takes the connections real requests need.
const REUSE_MS = 1_000;

function timeoutMs(): number {
  const value = Number(process.env.READY_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

async function migrationApplied(name: string): Promise<boolean> {
  const rows = await getDb().$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations"
    WHERE migration_name = ${name} AND finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.length === 1;
}

/** One check, bounded by READY_TIMEOUT_MS (2 s); the reason goes to the log, never to the caller. */
export async function checkReadiness(): Promise<Readiness> {
  let expected: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: "timeout" }), timeoutMs());
  });
  const check = (async (): Promise<Readiness> => {
    expected = expectedMigration();
    if (!expected) return { ready: false, reason: "migrations" };
    if (!(await migrationApplied(expected))) return { ready: false, reason: "migrations" };
    return jobsHealthy() ? { ready: true } : { ready: false, reason: "jobs" };
  })().catch((error: unknown): Readiness => {
    logger.warn({ err: error }, "readiness check failed");
    return { ready: false, reason: "database" };
  });
  try {
    const result = await Promise.race([check, timeout]);
    if (!result.ready) logger.warn({ reason: result.reason, expectedMigration: expected }, "not ready");
    return result;
  } finally {
    clearTimeout(timer);
  }
}

type Cache = { at: number; result: Readiness } | { pending: Promise<Readiness> };
const globalCache = globalThis as unknown as { __jqtReadiness?: Cache };

/** checkReadiness, shared by every caller while it runs and for a second after it answered. */
export async function readiness(): Promise<Readiness> {
  const cached = globalCache.__jqtReadiness;
  if (cached && "pending" in cached) return cached.pending;
  if (cached && Date.now() - cached.at < REUSE_MS) return cached.result;
  const pending = checkReadiness().then((result) => {
    globalCache.__jqtReadiness = { at: Date.now(), result };
    return result;
  });
  globalCache.__jqtReadiness = { pending };
  return pending;
}

/** Tests change the database between checks. */
export function forgetReadiness(): void {
  globalCache.__jqtReadiness = undefined;
}
