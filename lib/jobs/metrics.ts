import { logger } from "../log/logger.ts";
import { registerGauge } from "../metrics/registry.ts";
import { jobQueueStats, type QueueStats } from "./queries.ts";
import { jobFailures } from "./runner.ts";
import { jobsRunning } from "./server.ts";

const STATES = ["queued", "retrying", "active", "failed"] as const satisfies readonly (keyof QueueStats)[];

/** The queues' figures, from a process that works the jobs (others, and scripts, open no database for them). */
async function statsWhereJobsRun(): Promise<QueueStats[]> {
  return jobsRunning() ? jobQueueStats() : [];
}

/**
 * Each queue's jobs by state, read from the queue's tables when Prometheus scrapes, so every replica
 * that works the jobs reports the same deployment-wide figures: a queue that grows, or failures that
 * pile up, show at once. Failed runs are counted as they happen (lib/jobs/runner.ts).
 */
export function registerJobMetrics(read: () => Promise<QueueStats[]> = statsWhereJobsRun): void {
  registerGauge(
    {
      name: "jqt_job_queue_jobs",
      help: "Jobs of each queue by state (failed: kept a month)",
      labelNames: ["queue", "state"] as const,
    },
    async (gauge) => {
      try {
        for (const row of await read()) {
          for (const state of STATES) gauge.set({ queue: row.queue, state }, row[state]);
        }
      } catch (error) {
        // A database that is away must not cost the scrape the other series.
        logger.warn({ err: error }, "job queue figures not read for metrics");
      }
    },
  );
  jobFailures();
}
