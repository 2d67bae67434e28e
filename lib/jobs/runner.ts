import { PgBoss, type ConstructorOptions, type Job } from "pg-boss";
import { jobQueueConnection, jobsEmbedded } from "../db/jobs.ts";
import { logger } from "../log/logger.ts";
import type { JobDefinition } from "./definitions.ts";
import { counter } from "../metrics/registry.ts";

/** Runs that threw, by queue, counted by the process that ran them (each attempt once). */
export const jobFailures = () =>
  counter({ name: "jqt_job_failures_total", help: "Job runs that failed, by queue", labelNames: ["queue"] as const });

/** What a running set of jobs answers: whether it still works, and how to stop it. */
export type JobRunner = { boss: PgBoss; running(): boolean; stop(): Promise<void> };

export type RunnerOptions = {
  connection?: ConstructorOptions;
  /** Seconds between a worker's polls for a ready job (the schedule itself is read every 30 s). */
  pollingIntervalSeconds?: number;
  /** pg-boss's timing settings, for tests that cannot wait for a minute. */
  timing?: Pick<ConstructorOptions, "cronMonitorIntervalSeconds" | "cronWorkerIntervalSeconds">;
};

/**
 * Starts pg-boss on the queue schema the migration step installed (it never changes that schema
 * itself), makes or updates each definition's queue with its retry and back-off, puts its schedule
 * in the database (every instance writes the same row; pg-boss sends one job per occurrence whatever
 * the number of instances) and works the queue. A job that throws is retried after
 * retryDelay·2ⁿ seconds (with jitter, at most retryDelayMax) up to retryLimit times, then stays
 * `failed` with its error as output, which the admin page lists.
 */
export async function startJobRunner(definitions: readonly JobDefinition[], options: RunnerOptions = {}) {
  const embedded = !options.connection && jobsEmbedded();
  const boss = new PgBoss({
    ...(options.connection ?? jobQueueConnection()),
    migrate: false,
    // Rebuilding indexes needs the tables' owner; the runtime role is not.
    reindex: false,
    ...options.timing,
  });
  // A failed poll (the database away for a moment) is logged; the next poll tries again.
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  boss.on("warning", (warning) => logger.warn({ warning: warning.message }, "job queue warning"));
  await boss.start();
  const polling = options.pollingIntervalSeconds ?? (embedded ? 15 : 5);
  try {
    for (const definition of definitions) {
      const settings = {
        retryLimit: definition.retry.limit,
        retryDelay: definition.retry.delaySeconds,
        retryBackoff: true,
        retryDelayMax: definition.retry.maxDelaySeconds,
        expireInSeconds: definition.expireInSeconds,
        // Finished runs stay a month, so the admin page can show the last ones of a monthly job.
        deleteAfterSeconds: 35 * 24 * 3600,
      };
      // Stately: at most one run waiting and one running, so a slow run never piles occurrences up.
      // The policy is fixed at creation; the rest follows the definition on every start.
      if (await boss.getQueue(definition.name)) await boss.updateQueue(definition.name, settings);
      else await boss.createQueue(definition.name, { ...settings, policy: "stately" });
      if (definition.schedule) {
        await boss.schedule(definition.name, definition.schedule, null, {
          tz: definition.timeZone ?? "Asia/Shanghai",
          missed: definition.missed ?? "skip",
        });
      }
      await boss.work(
        definition.name,
        { pollingIntervalSeconds: polling, batchSize: 1 },
        async ([job]: Job<object>[]) => runOne(definition, job!),
      );
    }
  } catch (error) {
    await boss.stop({ graceful: false, timeout: 1_000 }).catch(() => {});
    throw error;
  }
  let stopped = false;
  const runner: JobRunner = {
    boss,
    running: () => !stopped,
    async stop() {
      if (stopped) return;
      stopped = true;
      // A job still running when the grace is over is failed now and retried later by another replica.
      await boss.stop({ graceful: true, timeout: 3_000, close: true });
    },
  };
  return runner;
}

async function runOne(definition: JobDefinition, job: Job<object>) {
  const started = Date.now();
  try {
    const output = await definition.run();
    logger.info({ job: definition.name, jobId: job.id, ms: Date.now() - started, ...output }, "job done");
    return output;
  } catch (error) {
    logger.error({ err: error, job: definition.name, jobId: job.id, attempt: job.retryCount }, "job failed");
    jobFailures().inc({ queue: definition.name });
    throw error;
  }
}
