import type { ConstructorOptions } from "pg-boss";
import { databaseTarget, openPglite } from "./connection.ts";
import { bossConnection } from "./job-schema.ts";

export { JOB_SCHEMA } from "./job-schema.ts";

/**
 * The job queue's connection for this process: a pool of its own (JOBS_POOL_MAX, 3) to DATABASE_URL,
 * or the process's embedded PGlite, shared with the app.
 */
export function jobQueueConnection(env: NodeJS.ProcessEnv = process.env): ConstructorOptions {
  const target = databaseTarget(env);
  if (target.kind === "pglite") return bossConnection({ kind: "pglite", pglite: openPglite(target.dataDir) });
  const max = Number(env.JOBS_POOL_MAX);
  return bossConnection({ kind: "postgres", url: target.url }, Number.isInteger(max) && max > 0 ? max : 3);
}

/** Whether the jobs run on the embedded database (one process, no replicas). */
export function jobsEmbedded(env: NodeJS.ProcessEnv = process.env): boolean {
  return databaseTarget(env).kind === "pglite";
}
