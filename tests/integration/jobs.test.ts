// The background jobs on the real queue: pg-boss on this file's database (PGlite by default,
// PostgreSQL as the runtime role when DATABASE_URL is set), the way a server runs them.
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { jobQueueConnection } from "@/lib/db/jobs";
import { JOBS, type JobDefinition } from "@/lib/jobs/definitions";
import { registerJobMetrics } from "@/lib/jobs/metrics";
import { jobQueueOverview, jobQueueStats } from "@/lib/jobs/queries";
import { metricsText } from "@/lib/metrics/registry";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { startJobs, stopJobs } from "@/lib/jobs/server";
import { checkReadiness } from "@/lib/health/readiness";
import { newestMigrationIn } from "@/lib/health/schema-version";

const runners: JobRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

async function start(definitions: JobDefinition[], timing = {}) {
  const runner = await startJobRunner(definitions, {
    // A pool (or the PGlite) of each runner's own, as two replicas would have.
    connection: jobQueueConnection(),
    pollingIntervalSeconds: 0.5,
    timing,
  });
  runners.push(runner);
  return runner;
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 40_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const quick = { limit: 2, delaySeconds: 1, maxDelaySeconds: 2 };

describe("background jobs", () => {
  it("creates the portal's queues with their schedules", async () => {
    // Nothing is due in these seconds except perhaps the five-minutely check, which finds no ticket.
    await start([...JOBS]);
    const queues = await jobQueueOverview();
    expect(queues.map((q) => [q.name, q.schedule, q.timeZone])).toEqual([
      ["deadline-breaches", "*/5 * * * *", "Asia/Shanghai"],
      ["orphaned-uploads", "30 3 * * *", "Asia/Shanghai"],
      ["monthly-bulletin", "0 8 1 * *", "Asia/Shanghai"],
      ["api-housekeeping", "10 4 * * *", "Asia/Shanghai"],
    ]);
    expect(queues[0]).toMatchObject({ retryLimit: 3, retryDelaySeconds: 30, retryDelayMaxSeconds: 240 });
  });

  it("retries a failing job with back-off, then keeps it failed with its error for the admin page", async () => {
    let tries = 0;
    const runner = await start([
      {
        name: "test-failing",
        retry: quick,
        expireInSeconds: 30,
        run: async () => {
          tries++;
          throw new Error("the mail server refused");
        },
      },
    ]);
    await runner.boss.send("test-failing", {});
    const queue = await waitFor(
      async () => (await jobQueueOverview()).find((q) => q.name === "test-failing")!,
      (q) => q.failed === 1,
    );
    // The first try and both retries.
    expect(tries).toBe(3);
    expect(queue.failed).toBe(1);
    expect(queue.lastFailure).toMatchObject({ state: "failed", attempt: 3, error: "the mail server refused" });
    expect(queue.lastRuns[0]).toMatchObject({ state: "failed" });
    expect((await jobQueueStats()).find((s) => s.queue === "test-failing")).toMatchObject({ failed: 1, queued: 0 });

    // Prometheus sees the same: every failed attempt, and the job kept failed.
    registerJobMetrics(() => jobQueueStats());
    const { body } = await metricsText();
    expect(body).toContain('jqt_job_failures_total{queue="test-failing"} 3');
    expect(body).toContain('jqt_job_queue_jobs{queue="test-failing",state="failed"} 1');
  });

  it("a job that fails once and then succeeds is completed, not failed", async () => {
    let tries = 0;
    const runner = await start([
      {
        name: "test-flaky",
        retry: quick,
        expireInSeconds: 30,
        run: async () => {
          if (++tries === 1) throw new Error("not yet");
          return { done: 1 };
        },
      },
    ]);
    await runner.boss.send("test-flaky", {});
    const queue = await waitFor(
      async () => (await jobQueueOverview()).find((q) => q.name === "test-flaky")!,
      (q) => q.completed === 1,
    );
    expect(tries).toBe(2);
    expect(queue).toMatchObject({ failed: 0, completed: 1, lastFailure: null });
  });

  it("runs each scheduled occurrence once when two servers work the same queue", async () => {
    const handled: number[] = [];
    const definition = (runner: number): JobDefinition => ({
      name: "test-scheduled",
      // Every five seconds, so the test does not wait for a cron minute.
      schedule: "FREQ=SECONDLY;INTERVAL=5",
      timeZone: "UTC",
      retry: quick,
      expireInSeconds: 30,
      run: async () => {
        handled.push(runner);
        return {};
      },
    });
    const timing = { cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };
    await Promise.all([start([definition(1)], timing), start([definition(2)], timing)]);
    await waitFor(
      async () => handled.length,
      (n) => n >= 1,
      60_000,
    );
    // Both servers' schedule passes (each second) have seen that occurrence by now.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await Promise.all(runners.splice(0).map((r) => r.stop()));

    // pg-boss files each occurrence under one key and time slot in its forwarding queue, which only
    // one of the servers' inserts gets into; the forwarded job is then the queue's one job for it.
    const occurrences = await getDb().$queryRaw<{ slot: Date | null }[]>`
      SELECT singleton_on AS slot FROM pgboss.job
      WHERE name = '__pgboss__send-it' AND data->>'name' = 'test-scheduled'`;
    const jobs = await getDb().$queryRaw<{ state: string }[]>`
      SELECT state::text FROM pgboss.job WHERE name = 'test-scheduled'`;
    expect(handled.length).toBeGreaterThanOrEqual(1);
    const slots = occurrences.map((o) => o.slot?.toISOString());
    expect(slots.every(Boolean)).toBe(true);
    expect(new Set(slots).size).toBe(occurrences.length);
    // One job per occurrence, though both servers read the schedule every second …
    expect(jobs.length).toBeLessThanOrEqual(occurrences.length);
    // … and each job handled by one server, once.
    expect(jobs.filter((j) => j.state === "completed").length).toBe(handled.length);
  }, 120_000);

  it("readiness says not ready while a server's jobs are stopped", async () => {
    const saved = process.env.JQT_SCHEMA_MIGRATION;
    process.env.JQT_SCHEMA_MIGRATION = newestMigrationIn("prisma/migrations") ?? "";
    try {
      // Asked to work jobs, the process is ready once they run …
      await startJobs();
      expect(await checkReadiness()).toEqual({ ready: true });
      // … and no longer once they stopped (the shutdown hook does this first).
      await stopJobs();
      expect(await checkReadiness()).toEqual({ ready: false, reason: "jobs" });
    } finally {
      process.env.JQT_SCHEMA_MIGRATION = saved;
    }
  });
});
