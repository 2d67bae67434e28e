import { getDb } from "../db/index.ts";
import { logger } from "../log/logger.ts";
import { notifyDeadlineBreaches } from "./breaches.ts";

const EVERY_MS = 5 * 60_000;

// On globalThis: Next may load this module more than once in one process, and one watch must run.
const g = globalThis as unknown as { __jqtBreachWatch?: NodeJS.Timeout; __jqtBreachFirst?: NodeJS.Timeout };

/** Checks for passed deadlines every five minutes in a running server (not during builds or tests). */
export function startBreachWatch(): void {
  if (g.__jqtBreachWatch) return;
  const run = () =>
    notifyDeadlineBreaches(getDb()).catch((error: unknown) =>
      logger.error({ err: error }, "deadline breach check failed"),
    );
  g.__jqtBreachWatch = setInterval(run, EVERY_MS);
  g.__jqtBreachWatch.unref();
  g.__jqtBreachFirst = setTimeout(run, 30_000).unref();
}

/** Stops the checks before the process closes its pool: no check may start on a closing pool. */
export function stopBreachWatch(): void {
  clearInterval(g.__jqtBreachWatch);
  clearTimeout(g.__jqtBreachFirst);
  g.__jqtBreachWatch = g.__jqtBreachFirst = undefined;
}
