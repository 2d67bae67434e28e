import type { Instrumentation } from "next";

// Runs once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Before the database is opened, so that its first queries are traced too.
  const { tracingEnabled } = await import("./lib/telemetry/tracing-settings");
  const stopTracing = tracingEnabled() ? (await import("./lib/telemetry/tracing")).startTracing() : async () => {};
  const { registerAppMetrics } = await import("./lib/metrics/app-metrics");
  registerAppMetrics();
  const { startJobs, stopJobs } = await import("./lib/jobs/server");
  // Not awaited: a server whose database is away still serves (and answers 503 on /api/ready).
  void startJobs();
  const [{ closeDb }, { logger }, { closeLiveStreams }] = await Promise.all([
    import("./lib/db"),
    import("./lib/log/logger"),
    import("./lib/live/hub"),
  ]);
  const hooks = globalThis as unknown as Record<symbol, () => Promise<void>>;
  // `npm run serve` (scripts/serve.mjs) calls this first on SIGTERM: open live-update streams would
  // otherwise hold the stop for the whole grace period.
  hooks[Symbol.for("jqt.drain")] = closeLiveStreams;
  // And this once the last request is answered, before it exits.
  hooks[Symbol.for("jqt.shutdown")] = async () => {
    await stopJobs();
    await closeDb();
    // Last: the spans of the requests just finished go out before the process ends.
    await stopTracing();
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
