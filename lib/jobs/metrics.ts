import { logger } from "../log/logger.ts";
import { counter, registerGauge } from "../metrics/registry.ts";
import { jobQueueStats, type QueueStats } from "./queries.ts";

const STATES = ["queued", "retrying", "active", "failed"] as const satisfies readonly (keyof QueueStats)[];

/** Runs that threw, by queue, counted by the process that ran them (each run's attempt counts once). */
export const jobFailures = () =>
  counter({ name: "jqt_job_failures_total", help: "Job runs that failed, by queue", labelNames: ["queue"] as const });

/**
 * Each queue's jobs by state, read from the queue's tables when Prometheus scrapes, so every replica
 * reports the same deployment-wide figures: a queue that grows, or failures that pile up, show at once.
 */
export function registerJobMetrics(): void {
  registerGauge(
    {
      name: "jqt_job_queue_jobs",
      help: "Jobs of each queue by state (failed: kept a month)",
      labelNames: ["queue", "state"] as const,
    },
    async (gauge) => {
      try {
        for (const row of await jobQueueStats()) {
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
