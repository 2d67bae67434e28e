import { createHash, timingSafeEqual } from "node:crypto";
import { registerAppMetrics } from "./app-metrics.ts";
import { metricsText } from "./registry.ts";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether the request carries METRICS_TOKEN as a bearer token: "off" when no token is configured
 * (the endpoint then does not exist), compared in constant time otherwise.
 */
export function metricsAccess(
  authorization: string | null,
  token = process.env.METRICS_TOKEN,
): "off" | "ok" | "denied" {
  const expected = token?.trim();
  if (!expected) return "off";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return "denied";
  return timingSafeEqual(digest(match[1]!), digest(expected)) ? "ok" : "denied";
}

/** GET /api/metrics: Prometheus's text format for a holder of METRICS_TOKEN; 404 when none is set. */
export async function metricsResponse(request: Request): Promise<Response> {
  const access = metricsAccess(request.headers.get("authorization"));
  if (access === "off") return new Response(null, { status: 404 });
  if (access === "denied") {
    return new Response(null, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  }
  registerAppMetrics();
  const { contentType, body } = await metricsText();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
