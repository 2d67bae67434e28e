import { metricsResponse } from "@/lib/metrics/endpoint";

// Prometheus scrapes it with METRICS_TOKEN as a bearer token; without a token configured it answers
// 404. No session: the proxy lets it through like the health probes (docs/operations.md).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return metricsResponse(request);
}
