import { logger } from "../log/logger.ts";
import { JOBS } from "./definitions.ts";
import { startJobRunner, type JobRunner } from "./runner.ts";

type State = { wanted: boolean; closed: boolean; runner?: JobRunner; starting?: Promise<void> };

// On globalThis: Next may load this module more than once in one process, and one runner must work.
const g = globalThis as unknown as { __jqtJobs?: State };
const state: State = (g.__jqtJobs ??= { wanted: false, closed: false });

/** JOBS=off keeps a server from working jobs (a replica kept for requests only); on by default. */
export function jobsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.JOBS?.trim().toLowerCase() !== "off";
}

/**
 * Starts the scheduled jobs in this server process (instrumentation.ts). A failure to start (the
 * database away, the queue schema missing) is logged and tried again a minute later; meanwhile
 * /api/ready answers 503.
 */
export function startJobs(): Promise<void> {
  if (!jobsEnabled() || state.closed) return Promise.resolve();
  state.wanted = true;
  if (state.runner) return Promise.resolve();
  state.starting ??= startJobRunner(JOBS)
    .then(async (runner) => {
      if (state.closed) return runner.stop();
      state.runner = runner;
      logger.info({ queues: JOBS.map((j) => j.name) }, "jobs started");
    })
    .catch((error: unknown) => {
      logger.error({ err: error }, "jobs did not start; trying again in a minute");
      setTimeout(() => void startJobs(), 60_000).unref();
    })
    .finally(() => (state.starting = undefined));
  return state.starting;
}

/**
 * Stops taking jobs and gives the running ones a few seconds (a job cut short is retried, by another
 * replica or after the restart); the served process's shutdown calls it before closing the database.
 */
export async function stopJobs(): Promise<void> {
  state.closed = true;
  await state.starting;
  const runner = state.runner;
  state.runner = undefined;
  await runner?.stop();
}

/**
 * For readiness: false only in a process that should work jobs and does not (yet, or any more).
 * A process that never started them (JOBS=off, a script, a test) has nothing to report.
 */
export function jobsHealthy(): boolean {
  if (!state.wanted) return true;
  return state.runner?.running() ?? false;
}

/** Whether this process works the jobs now: only then does it report the queues' figures. */
export function jobsRunning(): boolean {
  return state.runner?.running() ?? false;
}
