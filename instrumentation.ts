import type { Instrumentation } from "next";

// Runs once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBreachWatch } = await import("./lib/tickets/breach-watch");
  startBreachWatch();
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
