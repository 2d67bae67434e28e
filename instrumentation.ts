import type { Instrumentation } from "next";

// Runs once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs, stopJobs } = await import("./lib/jobs/server");
  // Not awaited: a server whose database is away still serves (and answers 503 on /api/ready).
  void startJobs();
  const [{ closeDb }, { logger }] = await Promise.all([import("./lib/db"), import("./lib/log/logger")]);
  // `npm run serve` (scripts/serve.mjs) calls this once the last request is answered, before it exits.
  (globalThis as unknown as Record<symbol, () => Promise<void>>)[Symbol.for("jqt.shutdown")] = async () => {
    await stopJobs();
    await closeDb();
    logger.info("jobs stopped; database connections closed");
  };
}

// Every server error Next catches (pages, route handlers, server actions), logged with the request id
// the proxy assigned; the browser sees only the digest.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { logRequestError }] = await Promise.all([
    import("./lib/log/logger"),
    import("./lib/log/request-error"),
  ]);
  logRequestError(logger, error, request, context);
};
