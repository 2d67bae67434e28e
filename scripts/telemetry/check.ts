// `npm run test:telemetry`: the built server (`npm run serve`) reports metrics and traces. It serves a
// build on PostgreSQL with METRICS_TOKEN and an OTLP endpoint set, the endpoint being a receiver in
// this script that keeps what is POSTed to /v1/traces, and checks that:
//   1. /api/metrics answers 401 without the token and with another, 200 with it; the internal
//      listener (METRICS_PORT) answers /metrics without a token;
//   2. after a few requests and a failed sign-in, the metrics hold the request durations under their
//      route patterns (an id in the path becomes [id]), the failure, and the pool's connections;
//   3. the receiver gets the span of a request and a database span in the same trace, which continues
//      the trace its traceparent header named;
//   4. on SIGTERM the server still exits 0 (the tracer's last export is part of its shutdown).
//
// Settings (environment): TELEMETRY_TEST_DIR, the folder to serve (default: this checkout, whose
// .next/standalone `npm run build` made); DATABASE_URL and MIGRATION_DATABASE_URL, a migrated
// database (default: a throw-away cluster on TELEMETRY_TEST_PG_PORT, 15434, migrated with
// `npm run migrate`); TELEMETRY_TEST_PORT (3207) and TELEMETRY_TEST_METRICS_PORT (3208).
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Cluster } from "../faults/cluster.ts";
import { migratedDatabase, serveBuild, waitForHealth, waitForReady, type Served } from "../lib/served-build.ts";

const DIR = path.resolve(process.env.TELEMETRY_TEST_DIR ?? ".");
const APP_PORT = Number(process.env.TELEMETRY_TEST_PORT ?? 3207);
const PG_PORT = Number(process.env.TELEMETRY_TEST_PG_PORT ?? 15434);
const METRICS_PORT = Number(process.env.TELEMETRY_TEST_METRICS_PORT ?? 3208);
const BASE = `http://127.0.0.1:${APP_PORT}`;
const TOKEN = "telemetry-test-metrics-token";
const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT_SPAN_ID = "00f067aa0ba902b7";

const t0 = performance.now();
const log = (message: string) =>
  console.log(`[telemetry +${((performance.now() - t0) / 1000).toFixed(1)}s] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Span = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
};
type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
type OtlpExport = {
  resourceSpans?: {
    scopeSpans?: {
      spans?: (Omit<Span, "attributes"> & { attributes?: { key: string; value: OtlpValue }[] })[];
    }[];
  }[];
};

/** A stand-in OpenTelemetry collector: OTLP/HTTP with JSON bodies, as the exporter sends them. */
async function startReceiver(): Promise<{ server: HttpServer; url: string; spans: Span[]; requests: () => number }> {
  const spans: Span[] = [];
  let requests = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/v1/traces") {
        requests += 1;
        const parsed = JSON.parse(body) as OtlpExport;
        for (const resource of parsed.resourceSpans ?? [])
          for (const scope of resource.scopeSpans ?? [])
            for (const span of scope.spans ?? []) {
              const attributes = Object.fromEntries(
                (span.attributes ?? []).map(({ key, value }) => [
                  key,
                  value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue,
                ]),
              );
              spans.push({ ...span, attributes });
            }
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, spans, requests: () => requests };
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${BASE}${pathname}`, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });

/** One wrong password through next-auth's credentials callback, as the sign-in form posts it. */
async function failSignIn(): Promise<void> {
  const csrf = await get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, username: "no-such-account", password: "not-the-password" }),
    signal: AbortSignal.timeout(30_000),
  });
  const location = response.headers.get("location") ?? "";
  expect(
    location.includes("error=CredentialsSignin") || response.status === 401,
    `the wrong password was not refused: HTTP ${response.status} ${location}`,
  );
  log("a wrong password was refused");
}

async function main(): Promise<number> {
  let cluster: Cluster | undefined;
  let served: Served | undefined;
  const receiver = await startReceiver();
  try {
    const database = await migratedDatabase(DIR, { pgPort: PG_PORT, name: "telemetry", log });
    cluster = database.cluster;
    const { runtimeUrl } = database;

    log(`serving ${DIR} on port ${APP_PORT}, exporting traces to ${receiver.url}`);
    served = serveBuild(DIR, {
      ...process.env,
      PORT: String(APP_PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: runtimeUrl,
      MIGRATION_DATABASE_URL: "",
      NEXTAUTH_SECRET: "telemetry-test-secret-telemetry-test-secret",
      NEXTAUTH_URL: BASE,
      // The first query of a cold process on a busy machine may outlast the probe's usual 2 s.
      READY_TIMEOUT_MS: "30000",
      METRICS_TOKEN: TOKEN,
      METRICS_PORT: String(METRICS_PORT),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: "200",
      OTEL_SERVICE_NAME: "jqt-telemetry-test",
    });
    await waitForHealth(served, BASE);
    // Ready once its jobs run, a moment after it serves. Then past the second for which readiness
    // answers from memory, so that the traced readiness request below asks the database.
    await waitForReady(BASE, log);
    await sleep(1_500);

    log("1. the metrics endpoint wants its token");
    for (const [headers, status] of [
      [{}, 401],
      [{ authorization: "Bearer not-the-token" }, 401],
      [{ authorization: `Bearer ${TOKEN}` }, 200],
    ] as const) {
      const response = await get("/api/metrics", headers);
      expect(response.status === status, `/api/metrics with ${JSON.stringify(headers)}: HTTP ${response.status}`);
    }
    const internal = `http://127.0.0.1:${METRICS_PORT}`;
    const scraped = await fetch(`${internal}/metrics`, { signal: AbortSignal.timeout(10_000) });
    expect(scraped.status === 200, `the internal listener's /metrics: HTTP ${scraped.status}`);
    expect((await scraped.text()).includes("# TYPE jqt_http_request_duration_seconds histogram"), "no metrics there");
    const other = await fetch(`${internal}/api/health`, { signal: AbortSignal.timeout(10_000) });
    expect(other.status === 404, `the internal listener serves more than /metrics: HTTP ${other.status}`);

    log("2. requests and a failed sign-in show in the metrics");
    // As a proxy in front that traces would send it: the request's trace continues the proxy's.
    const traceparent = `00-${TRACE_ID}-${PARENT_SPAN_ID}-01`;
    expect((await get("/api/ready", { traceparent })).status === 200, "/api/ready did not answer 200");
    expect((await get("/login")).status === 200, "/login did not answer 200");
    // Not signed in: the proxy sends the visitor to sign in, and the answer is timed all the same.
    expect((await get("/tickets/cm0000000000000000000000")).status === 307, "/tickets/<id> did not redirect");
    await failSignIn();
    const metrics = await (await get("/api/metrics", { authorization: `Bearer ${TOKEN}` })).text();
    for (const series of [
      // The readiness asked while waiting for the server, and the traced one.
      /^jqt_http_request_duration_seconds_count\{method="GET",route="\/api\/ready",status="200"\} [2-9]$/m,
      /^jqt_http_request_duration_seconds_count\{method="GET",route="\/login",status="200"\} 1$/m,
      /^jqt_http_request_duration_seconds_count\{method="GET",route="\/tickets\/\[id\]",status="307"\} 1$/m,
      /^jqt_http_request_duration_seconds_count\{method="POST",route="\/api\/auth\/\[\.\.\.nextauth\]",status="\d+"\} 1$/m,
      /^jqt_sign_in_failures_total\{reason="wrong_password"\} 1$/m,
      /^jqt_db_pool_connections_max\{pool="primary"\} 10$/m,
      /^jqt_db_pool_connections_idle\{pool="primary"\} \d+$/m,
      /^jqt_db_pool_waiting\{pool="primary"\} 0$/m,
      /^process_resident_memory_bytes \d+/m,
    ]) {
      expect(series.test(metrics), `the metrics lack ${series}:\n${metrics.slice(0, 4000)}`);
    }
    expect(!metrics.includes("cm0000000000000000000000"), "an id from a path is among the metrics' labels");
    log("the metrics hold the routes, the failed sign-in and the pool");

    log("3. the receiver gets a request's span and its database spans");
    const deadline = performance.now() + 20_000;
    let found: { request: Span; query: Span } | undefined;
    while (!found && performance.now() < deadline) {
      // The traced readiness request, not the ones asked while waiting for the server.
      const request = receiver.spans.find(
        (s) =>
          s.traceId === TRACE_ID &&
          s.attributes["next.span_type"] === "BaseServer.handleRequest" &&
          s.attributes["http.route"] === "/api/ready",
      );
      const query =
        request && receiver.spans.find((s) => s.name === "prisma:client:db_query" && s.traceId === request.traceId);
      if (request && query) found = { request, query };
      else await sleep(250);
    }
    expect(
      found,
      `no request span with a database span in its trace among ${receiver.spans.length} spans: ${[
        ...new Set(receiver.spans.map((s) => s.name)),
      ].join(", ")}`,
    );
    expect(typeof found.query.attributes["db.query.text"] === "string", "the database span carries no SQL text");
    const root = receiver.spans.find((s) => s.traceId === TRACE_ID && s.parentSpanId === PARENT_SPAN_ID);
    expect(
      found.request.traceId === TRACE_ID && root,
      `the request did not continue the caller's trace: ${found.request.traceId} ${found.request.parentSpanId}`,
    );
    log(
      `under the caller's span: "${root.name}" > … "${found.request.name}" with "${found.query.name}" (${String(found.query.attributes["db.query.text"]).slice(0, 60)}…)`,
    );

    log("4. SIGTERM");
    served.child.kill("SIGTERM");
    const code = await Promise.race([served.exited, sleep(20_000).then(() => "timeout" as const)]);
    expect(code === 0, `the server exited with ${code}, expected 0`);
    log(`exited 0; the receiver got ${receiver.requests()} exports, ${receiver.spans.length} spans`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    if (served) console.error(`--- server output ---\n${served.output()}`);
    return 1;
  } finally {
    if (served && served.child.exitCode === null) served.child.kill("SIGKILL");
    receiver.server.close();
    cluster?.stop();
  }
}

main().then((code) => process.exit(code));
