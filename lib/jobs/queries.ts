import { getDb, type Db } from "../db/index.ts";
import { JOBS } from "./definitions.ts";

// Read straight from pg-boss's tables (schema "pgboss", lib/db/job-schema.ts), not through a pg-boss
// instance: the page and the metrics read them in any process, whether or not it works jobs. The
// columns read here are pg-boss 12's; the version is pinned in package.json.

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export type JobRun = {
  id: string;
  state: JobState;
  /** 1 for the first try; a retried job shows the try it is on. */
  attempt: number;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** The error's message for a failed try, cut short; null otherwise. */
  error: string | null;
};

export type QueueOverview = {
  name: string;
  schedule: string | null;
  timeZone: string | null;
  retryLimit: number;
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number | null;
  queued: number;
  active: number;
  failed: number;
  completed: number;
  /** The newest runs, newest first. */
  lastRuns: JobRun[];
  lastFailure: JobRun | null;
};

/** Per-queue depth and failure counts, for a metrics endpoint. */
export type QueueStats = {
  queue: string;
  queued: number;
  retrying: number;
  active: number;
  failed: number;
  completed: number;
};

const RUNS_SHOWN = 5;
const ERROR_SHOWN = 300;

type CountRow = { queue: string; queued: number; retrying: number; active: number; failed: number; completed: number };

async function countsByQueue(db: Db): Promise<CountRow[]> {
  return db.$queryRaw<CountRow[]>`
    SELECT q.name AS queue,
      count(j.id) FILTER (WHERE j.state = 'created')::int AS queued,
      count(j.id) FILTER (WHERE j.state = 'retry')::int AS retrying,
      count(j.id) FILTER (WHERE j.state = 'active')::int AS active,
      count(j.id) FILTER (WHERE j.state = 'failed')::int AS failed,
      count(j.id) FILTER (WHERE j.state = 'completed')::int AS completed
    FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name
    WHERE q.name NOT LIKE '\\_\\_pgboss%'
    GROUP BY q.name ORDER BY q.name`;
}

/**
 * Every queue's jobs by state (failures are those kept by the queue's retention, a month here), for
 * the metrics endpoint to read. Queues pg-boss keeps for itself are left out.
 */
export async function jobQueueStats(db: Db = getDb()): Promise<QueueStats[]> {
  return countsByQueue(db);
}

type QueueRow = {
  name: string;
  retry_limit: number;
  retry_delay: number;
  retry_delay_max: number | null;
  cron: string | null;
  timezone: string | null;
};
type RunRow = {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  error: string | null;
};

function toRun(row: RunRow): JobRun {
  return {
    id: row.id,
    state: row.state,
    attempt: row.retry_count + 1,
    createdAt: row.created_on,
    startedAt: row.started_on,
    completedAt: row.completed_on,
    error: row.state === "failed" || row.state === "retry" ? (row.error?.slice(0, ERROR_SHOWN) ?? null) : null,
  };
}

/**
 * For /admin/jobs: each of the portal's queues (JOBS, in that order, then any other), its schedule,
 * retry settings, jobs by state, its newest runs and its newest failure with the error's message.
 */
export async function jobQueueOverview(db: Db = getDb()): Promise<QueueOverview[]> {
  const [queues, counts, runs, failures] = await Promise.all([
    db.$queryRaw<QueueRow[]>`
      SELECT q.name, q.retry_limit, q.retry_delay, q.retry_delay_max, s.cron, s.timezone
      FROM pgboss.queue q LEFT JOIN pgboss.schedule s ON s.name = q.name AND s.key = ''
      WHERE q.name NOT LIKE '\\_\\_pgboss%'`,
    countsByQueue(db),
    db.$queryRaw<RunRow[]>`
      SELECT r.id::text, r.name, r.state::text AS state, r.retry_count, r.created_on, r.started_on, r.completed_on,
        r.output->>'message' AS error
      FROM pgboss.queue q CROSS JOIN LATERAL (
        SELECT * FROM pgboss.job j WHERE j.name = q.name ORDER BY j.created_on DESC LIMIT ${RUNS_SHOWN}) r
      WHERE q.name NOT LIKE '\\_\\_pgboss%'
      ORDER BY r.created_on DESC`,
    db.$queryRaw<RunRow[]>`
      SELECT DISTINCT ON (j.name) j.id::text, j.name, j.state::text AS state, j.retry_count, j.created_on,
        j.started_on, j.completed_on, j.output->>'message' AS error
      FROM pgboss.job j
      WHERE j.state = 'failed' AND j.name NOT LIKE '\\_\\_pgboss%'
      ORDER BY j.name, j.completed_on DESC NULLS LAST`,
  ]);
  const order = (name: string) => {
    const at = JOBS.findIndex((job) => job.name === name);
    return at < 0 ? JOBS.length : at;
  };
  return queues
    .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name))
    .map((q) => {
      const count = counts.find((c) => c.queue === q.name);
      const failure = failures.find((f) => f.name === q.name);
      return {
        name: q.name,
        schedule: q.cron,
        timeZone: q.timezone,
        retryLimit: q.retry_limit,
        retryDelaySeconds: q.retry_delay,
        retryDelayMaxSeconds: q.retry_delay_max,
        queued: (count?.queued ?? 0) + (count?.retrying ?? 0),
        active: count?.active ?? 0,
        failed: count?.failed ?? 0,
        completed: count?.completed ?? 0,
        lastRuns: runs.filter((r) => r.name === q.name).map(toRun),
        lastFailure: failure ? toRun(failure) : null,
      };
    });
}
