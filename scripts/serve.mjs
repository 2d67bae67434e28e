// `npm run serve`: runs the server that `npm run build` left, and nothing else: no build, no migration
// (`npm run migrate` does that first), no dev dependency. Plain JavaScript on purpose, so that it runs
// where only `npm ci --omit=dev` was done. The build is looked for in two places: beside this
// script's folder (an artifact copied out of .next/standalone) or in .next/standalone of a checkout.
//
// It serves through Next's documented custom-server API rather than the generated server.js, because
// a graceful stop needs the HTTP server itself: on SIGTERM or SIGINT it stops accepting connections,
// lets the requests in flight finish (at most SHUTDOWN_GRACE_MS, 10 s), stops the app's timers and
// closes its database connections, then exits 0. docs/deploy.md describes the settings.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { hostname as machineName } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DEFAULT_GRACE_MS = 10_000;
// Stopping the app's own work (timers, database pool) after the requests are done.
const APP_SHUTDOWN_LIMIT_MS = 5_000;
// instrumentation.ts puts the app's shutdown here: the app's modules live in Next's bundle, and
// globalThis is what this script and that bundle share.
const APP_SHUTDOWN = Symbol.for("jqt.shutdown");
// And the app's first step of a stop, before the requests in flight are waited for.
const APP_DRAIN = Symbol.for("jqt.drain");
// And here the function that records a request's duration (lib/metrics/http.ts), and the one that
// writes the metrics for the internal listener (lib/metrics/app-metrics.ts).
const OBSERVE_REQUEST = Symbol.for("jqt.observeRequest");
const METRICS_TEXT = Symbol.for("jqt.metricsText");

// One JSON object per line, in the shape of the app's own log (lib/log/logger.ts).
function log(level, msg, fields = {}) {
  const levels = { info: 30, warn: 40, error: 50, fatal: 60 };
  const line = { level: levels[level], time: Date.now(), pid: process.pid, hostname: machineName() };
  console.log(JSON.stringify({ ...line, service: "jqt", ...fields, msg }));
}

/**
 * A request's path without its query string: a search may carry a phone or ID number, and this
 * script's lines do not pass through the app logger's personal-data scrubbing.
 */
export function pathOf(url = "") {
  const at = url.indexOf("?");
  return at < 0 ? url : url.slice(0, at);
}

/**
 * The route pattern a path is served by ("/tickets/[id]"), from the routes the build lists in
 * .next/routes-manifest.json: a label with one value per page, whatever ids the paths carry. A path
 * no route serves is "(unmatched)", so that probing for pages adds no series.
 */
export function routeMatcher(manifest) {
  const routes = [...(manifest?.staticRoutes ?? []), ...(manifest?.dynamicRoutes ?? [])].flatMap((route) => {
    try {
      return [{ page: route.page, regex: new RegExp(route.regex) }];
    } catch {
      return [];
    }
  });
  return (pathname) => {
    if (pathname.startsWith("/_next/")) {
      const part = pathname.split("/")[2];
      return part === "static" || part === "image" ? `/_next/${part}` : "/_next";
    }
    // A page's RSC payload may be asked for under the page's path with a suffix (".rsc", or a
    // prefetched segment under ".segments/"): the same route.
    const page = pathname.replace(/\.segments\/.*$/, "").replace(/\.rsc$/, "");
    for (const route of routes) if (route.regex.test(page)) return route.page;
    return "(unmatched)";
  };
}

function readRoutes(dir) {
  try {
    return routeMatcher(JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")));
  } catch {
    return routeMatcher(null);
  }
}

/** Hands a finished request's duration to the app's metrics, once the app has said where. */
function observe(req, res, started, routeOf) {
  const record = globalThis[OBSERVE_REQUEST];
  if (typeof record !== "function") return;
  record({
    method: req.method ?? "",
    route: routeOf(pathOf(req.url)),
    // A connection closed before the answer was complete: the client gave up, or the server died.
    status: res.writableFinished ? String(res.statusCode) : "aborted",
    seconds: (performance.now() - started) / 1000,
  });
}

/**
 * GET /metrics on METRICS_HOST:METRICS_PORT, without a token: the address is the protection, so it
 * belongs on loopback or a network only the scraper reaches. Everything else there is 404.
 */
async function startMetricsListener(settings) {
  const server = createServer((req, res) => {
    const text = globalThis[METRICS_TEXT];
    if (req.method !== "GET" || pathOf(req.url) !== "/metrics" || typeof text !== "function") {
      res.writeHead(404).end();
      return;
    }
    Promise.resolve()
      .then(text)
      .then(({ contentType, body }) =>
        res.writeHead(200, { "Content-Type": contentType, "Cache-Control": "no-store" }).end(body),
      )
      .catch((error) => {
        log("error", "metrics failed", { err: { message: error?.message } });
        res.writeHead(500).end();
      });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.metricsPort, settings.metricsHost, resolve);
  });
  log("info", "serving metrics", { port: server.address().port, host: settings.metricsHost });
  return server;
}

function fail(message) {
  log("fatal", message);
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The folder holding server.js and its .next, or null when nothing was built. */
export function findBuild(base) {
  for (const dir of [base, path.join(base, ".next", "standalone")]) {
    if (existsSync(path.join(dir, "server.js")) && existsSync(path.join(dir, ".next", "required-server-files.json"))) {
      return dir;
    }
  }
  return null;
}

/** The settings from the environment, or the reason they are unusable. */
export function serveSettings(env) {
  const problems = [];
  const url = env.DATABASE_URL?.trim();
  // `npm start` (scripts/start.ts) serves the embedded database through this script too.
  if (!url && env.SERVE_EMBEDDED_DB !== "1")
    problems.push("DATABASE_URL is not set (the runtime role's postgres:// URL)");
  else if (url && !/^postgres(ql)?:\/\//.test(url))
    problems.push("DATABASE_URL must be a postgres:// or postgresql:// URL");
  if (!env.NEXTAUTH_SECRET?.trim()) problems.push("NEXTAUTH_SECRET is not set (32 or more random characters)");
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push("PORT must be a port number");
  const grace = Number(env.SHUTDOWN_GRACE_MS ?? DEFAULT_GRACE_MS);
  if (!Number.isInteger(grace) || grace < 0) problems.push("SHUTDOWN_GRACE_MS must be a whole number of milliseconds");
  // HOST, not HOSTNAME: shells and containers set HOSTNAME to the machine's name. Unset: every
  // address, IPv6 and IPv4, as `next start` does ("localhost" may resolve to either).
  // The internal listener for Prometheus: only when METRICS_PORT is set, on loopback unless told.
  const metricsPort = env.METRICS_PORT?.trim() ? Number(env.METRICS_PORT) : undefined;
  if (metricsPort !== undefined && (!Number.isInteger(metricsPort) || metricsPort < 0 || metricsPort > 65535))
    problems.push("METRICS_PORT must be a port number");
  // Gzip in this process costs a chief's dashboard a fifth of its CPU; a proxy in front that
  // compresses (docs/deploy.md) does it off the server that renders, so behind one it is turned off.
  const compression = env.HTTP_COMPRESSION?.trim() || "on";
  if (compression !== "on" && compression !== "off") problems.push("HTTP_COMPRESSION must be on or off");
  return {
    problems,
    port,
    host: env.HOST?.trim() || undefined,
    graceMs: grace,
    metricsPort,
    metricsHost: env.METRICS_HOST?.trim() || "127.0.0.1",
    compress: compression !== "off",
  };
}

const within = (ms, promise) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(resolve, ms, false).unref())]);

async function main() {
  const dir = findBuild(root);
  if (!dir) fail(`no build found in ${root} or ${path.join(root, ".next", "standalone")}: run \`npm run build\` first`);
  const settings = serveSettings(process.env);
  if (settings.problems.length) fail(`cannot serve: ${settings.problems.join("; ")}`);

  // Data folders named relative to where the server was started, not to the build it changes into.
  for (const [name, fallback] of [
    ["UPLOAD_DIR", ".data/uploads"],
    ["PGLITE_DIR", ".data/pglite"],
  ]) {
    const value = process.env[name]?.trim() || fallback;
    if (value !== "memory://") process.env[name] = path.resolve(value);
  }
  process.env.NODE_ENV = "production";
  // The embedded database's own close-on-signal hook (lib/db/connection.ts) would exit mid-drain.
  process.env.SERVE_MANAGED_SHUTDOWN = "1";
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  // The configuration `next build` resolved; Next reads it from here instead of next.config.ts, which
  // a built server does not have (the generated server.js does the same).
  const { config } = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
  config.compress = settings.compress;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  process.chdir(dir);

  const next = createRequire(path.join(dir, "server.js"))("next");
  const app = (next.default ?? next)({ dev: false, dir, hostname: settings.host, port: settings.port, conf: config });
  await app.prepare();
  const handle = app.getRequestHandler();
  const routeOf = readRoutes(dir);

  const inFlight = new Set();
  let stopping = false;
  const server = createServer((req, res) => {
    const started = performance.now();
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      observe(req, res, started, routeOf);
      // The answer is out; a kept-alive connection would now idle and hold the close up.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    // A request on a connection opened before the stop is still served, on a connection that then closes.
    if (stopping) res.shouldKeepAlive = false;
    handle(req, res).catch((error) => {
      log("error", "request failed", { err: { message: error?.message, stack: error?.stack }, path: pathOf(req.url) });
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  const keepAlive = Number(process.env.KEEP_ALIVE_TIMEOUT);
  if (Number.isInteger(keepAlive) && keepAlive > 0) server.keepAliveTimeout = keepAlive;

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, resolve);
  });
  // As `next start` does: a server action that redirects fetches the target from this server itself,
  // at this address.
  const port = server.address().port;
  const own = !settings.host || settings.host === "0.0.0.0" || settings.host === "::" ? "localhost" : settings.host;
  process.env.PORT = String(port);
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${own.includes(":") ? `[${own}]` : own}:${port}`;
  server.on("error", (error) => log("error", "server error", { err: { message: error.message } }));
  log("info", "serving", { port, host: settings.host ?? "*", build: dir });
  const metricsServer = settings.metricsPort === undefined ? null : await startMetricsListener(settings);

  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    metricsServer?.close();
    metricsServer?.closeAllConnections();
    log("info", "stopping: no new connections; waiting for the requests in flight", {
      signal,
      inFlight: inFlight.size,
      graceMs: settings.graceMs,
    });
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
    const closed = new Promise((resolve) => server.close(() => resolve()));
    // Requests that never finish on their own (live-update streams) end now; their browsers
    // reconnect, to another server.
    const drain = globalThis[APP_DRAIN];
    if (typeof drain === "function") {
      await Promise.resolve()
        .then(drain)
        .catch((error) => log("error", "ending open streams failed", { err: { message: error?.message } }));
    }
    server.closeIdleConnections();
    if (!(await within(settings.graceMs, closed))) {
      log("warn", "grace period over: closing the connections of unfinished requests", { inFlight: inFlight.size });
      server.closeAllConnections();
    }
    const appShutdown = globalThis[APP_SHUTDOWN];
    if (typeof appShutdown === "function") {
      const done = await within(
        APP_SHUTDOWN_LIMIT_MS,
        Promise.resolve()
          .then(appShutdown)
          .catch((error) => log("error", "app shutdown failed", { err: { message: error?.message } })),
      );
      if (!done) log("warn", "app shutdown did not finish in time");
    }
    await within(
      APP_SHUTDOWN_LIMIT_MS,
      app.close().catch(() => {}),
    );
    log("info", "stopped", { signal });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
}
