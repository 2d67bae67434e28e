import { getDb } from "../db/index.ts";
import { logger } from "../log/logger.ts";
import { notifyDeadlineBreaches } from "./breaches.ts";

const EVERY_MS = 5 * 60_000;

/** Checks for passed deadlines every five minutes in a running server (not during builds or tests). */
export function startBreachWatch(): void {
  const g = globalThis as unknown as { __jqtBreachWatch?: NodeJS.Timeout };
  if (g.__jqtBreachWatch) return;
  const run = () =>
    notifyDeadlineBreaches(getDb()).catch((error: unknown) =>
      logger.error({ err: error }, "deadline breach check failed"),
    );
  g.__jqtBreachWatch = setInterval(run, EVERY_MS);
  g.__jqtBreachWatch.unref();
  setTimeout(run, 30_000).unref();
}
