import { apiHousekeeping } from "../api/housekeeping.ts";
import { removeOrphanedAttachments } from "../attachments/orphans.ts";
import { notifyMonthlyBulletin } from "../dashboard/bulletin-notices.ts";
import { getDb } from "../db/index.ts";
import { notifyDeadlineBreaches } from "../tickets/breaches.ts";

/** One background job: its queue, when it runs (China time), how it is retried, and the work. */
export type JobDefinition = {
  name: string;
  /** A cron expression (or an RFC 5545 rule) read in `timeZone`; none for a job sent on demand. */
  schedule?: string;
  timeZone?: string;
  /** What a schedule does about occurrences that fell while no server ran: `once` still sends the last. */
  missed?: "skip" | "once";
  retry: { limit: number; delaySeconds: number; maxDelaySeconds: number };
  /** How long one run may take before it counts as failed (and is retried). */
  expireInSeconds: number;
  /** The work; what it answers is stored as the run's output and logged. */
  run: () => Promise<Record<string, number>>;
};

/** The portal's scheduled jobs; names are also their queues' names, shown on /admin/jobs. */
export const JOBS: readonly JobDefinition[] = [
  {
    name: "deadline-breaches",
    // Every five minutes: each chief's daily digest of tickets that passed their deadline.
    // DEADLINE_CHECK_SCHEDULE changes it (the two-server test runs it every minute).
    schedule: process.env.DEADLINE_CHECK_SCHEDULE?.trim() || "*/5 * * * *",
    retry: { limit: 3, delaySeconds: 30, maxDelaySeconds: 240 },
    expireInSeconds: 240,
    run: async () => ({ notified: await notifyDeadlineBreaches(getDb()) }),
  },
  {
    name: "orphaned-uploads",
    // 03:30, when nobody uploads.
    schedule: "30 3 * * *",
    missed: "once",
    retry: { limit: 5, delaySeconds: 300, maxDelaySeconds: 3600 },
    expireInSeconds: 1800,
    run: () => removeOrphanedAttachments(getDb()),
  },
  {
    name: "monthly-bulletin",
    // 08:00 on the first day of each China month; a server down then still sends it when it starts.
    schedule: "0 8 1 * *",
    missed: "once",
    retry: { limit: 5, delaySeconds: 300, maxDelaySeconds: 3600 },
    expireInSeconds: 600,
    run: async () => ({ notified: await notifyMonthlyBulletin(getDb()) }),
  },
  {
    name: "api-housekeeping",
    // 04:10, after the upload clean-up: answers kept for Idempotency-Keys and API sessions long ended.
    schedule: "10 4 * * *",
    missed: "once",
    retry: { limit: 5, delaySeconds: 300, maxDelaySeconds: 3600 },
    expireInSeconds: 600,
    run: () => apiHousekeeping(getDb()),
  },
];
