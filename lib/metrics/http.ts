// Request durations. They are measured by the HTTP server around Next's handler (scripts/serve.mjs),
// which alone sees a request from its arrival to the last byte of its answer, streamed pages
// included; the app's code runs in Next's bundle, so the server hands each measurement over through
// a function this module puts on globalThis.
import { histogram } from "./registry.ts";

export const OBSERVE_REQUEST = Symbol.for("jqt.observeRequest");

export type RequestObservation = { method: string; route: string; status: string; seconds: number };

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const durations = () =>
  histogram({
    name: "jqt_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route pattern",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });

export function observeRequest({ method, route, status, seconds }: RequestObservation): void {
  // Labels from the request are bounded here: a made-up method must not add a series.
  durations().observe({ method: METHODS.has(method) ? method : "other", route, status }, seconds);
}

/** Lets scripts/serve.mjs report each request it answered. */
export function installRequestObserver(): void {
  durations();
  (globalThis as unknown as Record<symbol, unknown>)[OBSERVE_REQUEST] = observeRequest;
}
