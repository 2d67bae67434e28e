// Every metric the app reports, declared at start-up (instrumentation.ts) so that a series is there
// at zero before its first event. Another capability adds its own here: a gauge read at scrape time
// with registerGauge (a queue's depth), or a counter it increments (failures).
import { registerDatabaseMetrics } from "../db/metrics.ts";
import { signInFailures } from "../auth/sign-in-metrics.ts";
import { registerJobMetrics } from "../jobs/metrics.ts";
import { installRequestObserver } from "./http.ts";
import { metricsText } from "./registry.ts";

/** Where scripts/serve.mjs finds the metrics for its internal listener (METRICS_PORT). */
export const METRICS_TEXT = Symbol.for("jqt.metricsText");

export function registerAppMetrics(): void {
  installRequestObserver();
  registerDatabaseMetrics();
  signInFailures();
  registerJobMetrics();
  (globalThis as unknown as Record<symbol, unknown>)[METRICS_TEXT] = metricsText;
}
