import { afterEach, describe, expect, it } from "vitest";
import { countSignInFailure } from "../auth/sign-in-metrics.ts";
import { metricsAccess, metricsResponse } from "./endpoint.ts";
import { observeRequest } from "./http.ts";

const TOKEN = "scrape-token-of-some-length";
const ask = (authorization?: string) =>
  metricsResponse(new Request("http://portal/api/metrics", { headers: authorization ? { authorization } : {} }));

afterEach(() => {
  delete process.env.METRICS_TOKEN;
});

describe("metricsAccess", () => {
  it("is off without a token, and lets only the exact bearer token through", () => {
    expect(metricsAccess("Bearer anything", undefined)).toBe("off");
    expect(metricsAccess("Bearer anything", "  ")).toBe("off");
    expect(metricsAccess(null, TOKEN)).toBe("denied");
    expect(metricsAccess(TOKEN, TOKEN)).toBe("denied");
    expect(metricsAccess(`Basic ${TOKEN}`, TOKEN)).toBe("denied");
    expect(metricsAccess(`Bearer ${TOKEN}x`, TOKEN)).toBe("denied");
    expect(metricsAccess(`Bearer ${TOKEN.slice(1)}`, TOKEN)).toBe("denied");
    expect(metricsAccess(`Bearer ${TOKEN}`, TOKEN)).toBe("ok");
    expect(metricsAccess(`bearer ${TOKEN}`, ` ${TOKEN} `)).toBe("ok");
  });
});

describe("GET /api/metrics", () => {
  it("does not exist while no token is configured", async () => {
    expect((await ask(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("refuses a request without the token or with another", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    for (const authorization of [undefined, "Bearer wrong", `Basic ${TOKEN}`]) {
      const response = await ask(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
      expect(await response.text()).toBe("");
    }
  });

  it("reports request durations by route and sign-in failures by reason", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    observeRequest({ method: "GET", route: "/tickets/[id]", status: "200", seconds: 0.03 });
    observeRequest({ method: "BREW", route: "/tickets/[id]", status: "405", seconds: 0.001 });
    countSignInFailure("wrong_password");
    const response = await ask(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const text = await response.text();
    expect(text).toContain(
      'jqt_http_request_duration_seconds_bucket{le="0.05",method="GET",route="/tickets/[id]",status="200"} 1',
    );
    expect(text).toContain(
      'jqt_http_request_duration_seconds_count{method="other",route="/tickets/[id]",status="405"} 1',
    );
    expect(text).toMatch(/^jqt_sign_in_failures_total\{reason="wrong_password"\} 1$/m);
    // Declared at zero before anything happened, and the process's own figures.
    expect(text).toContain("# TYPE jqt_db_pool_connections_in_use gauge");
    expect(text).toMatch(/^jqt_db_gate_statements\{state="waiting"\} 0$/m);
    expect(text).toContain("process_cpu_seconds_total");
  });
});
