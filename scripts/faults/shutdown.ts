// `npm run test:shutdown`: the built server (`npm run serve`) stops gracefully. It serves a build,
// checks that /api/health, /api/ready and the sign-in page answer 200 (gzipped for a client that accepts
// it, and not when HTTP_COMPRESSION=off leaves that to a proxy), then twice holds a request in flight and
// sends SIGTERM:
//   1. the request is released after the signal: new connections are refused at once, the request
//      is still answered 200, the app closes its database connections and the process exits 0;
//   2. the request is held past SHUTDOWN_GRACE_MS: the process still exits 0, within the grace period
//      and the app's own shutdown bound, cutting that request off.
// A request is held in flight by a lock: /api/ready reads the migration history, which the migration
// owner locks in a transaction of its own; READY_TIMEOUT_MS is raised so that the check waits for it.
//
// Settings (environment): SHUTDOWN_TEST_DIR, the folder to serve (default: this checkout, whose
// .next/standalone `npm run build` made; CI passes a copy with only production dependencies);
// DATABASE_URL and MIGRATION_DATABASE_URL, a migrated database (default: a throw-away cluster on
// SHUTDOWN_TEST_PG_PORT, 15433, migrated with `npm run migrate`); SHUTDOWN_TEST_PORT (3206).
import path from "node:path";
import pg from "pg";
import { migratedDatabase, serveBuild, waitForHealth, waitForReady, type Served } from "../lib/served-build.ts";
import type { Cluster } from "./cluster.ts";

const DIR = path.resolve(process.env.SHUTDOWN_TEST_DIR ?? ".");
const APP_PORT = Number(process.env.SHUTDOWN_TEST_PORT ?? 3206);
const PG_PORT = Number(process.env.SHUTDOWN_TEST_PG_PORT ?? 15433);
const BASE = `http://127.0.0.1:${APP_PORT}`;
const SHORT_GRACE_MS = 1_500;
/** scripts/serve.mjs gives the app's own shutdown and Next's close this long each. */
const APP_SHUTDOWN_LIMIT_MS = 5_000;
/** The readiness cache (lib/health/readiness.ts) answers from memory for a second. */
const READINESS_REUSE_MS = 1_000;

const t0 = performance.now();
const log = (message: string) => console.log(`[shutdown +${((performance.now() - t0) / 1000).toFixed(1)}s] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Server = Served;

async function expectStatus(pathname: string, status: number, bodyCheck?: (body: string) => boolean): Promise<void> {
  const response = await fetch(`${BASE}${pathname}`, { signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  if (response.status !== status) throw new Error(`${pathname}: HTTP ${response.status}, expected ${status}`);
  if (bodyCheck && !bodyCheck(body)) throw new Error(`${pathname}: unexpected body ${body.slice(0, 200)}`);
  log(`${pathname}: ${status}`);
}

/** The sign-in page, asked for as a browser does, comes back gzipped or not. */
async function expectCompressed(compressed: boolean): Promise<void> {
  const response = await fetch(`${BASE}/login`, {
    headers: { "accept-encoding": "gzip" },
    signal: AbortSignal.timeout(30_000),
  });
  await response.text();
  const encoding = response.headers.get("content-encoding");
  if ((encoding === "gzip") !== compressed)
    throw new Error(`/login: Content-Encoding ${encoding ?? "none"}, expected ${compressed ? "gzip" : "none"}`);
  log(`/login: Content-Encoding ${encoding ?? "none"}`);
}

/** A transaction of the owner's holding the migration history locked, and a readiness request stuck behind it. */
async function holdReadyRequest(ownerUrl: string) {
  const locker = new pg.Client({ connectionString: ownerUrl });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query(`LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE`);
  await sleep(READINESS_REUSE_MS + 200);
  const request = fetch(`${BASE}/api/ready`, { signal: AbortSignal.timeout(60_000) }).then(
    (response) => ({ status: response.status }),
    (error: unknown) => ({ error: error instanceof Error ? (error.cause ?? error).toString() : String(error) }),
  );
  // Until the server's query waits on the lock, the request is certainly in flight.
  const deadline = performance.now() + 15_000;
  for (;;) {
    const { rows } = await locker.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation = '"_prisma_migrations"'::regclass`,
    );
    if (rows[0]!.waiting > 0) break;
    if (performance.now() > deadline) throw new Error("the readiness request never reached the database");
    await sleep(100);
  }
  const release = async () => {
    await locker.query("COMMIT");
    await locker.end();
  };
  return { request, release };
}

async function expectRefused(): Promise<void> {
  try {
    await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED") return log("a new connection is refused");
    throw new Error(`a new connection failed other than by refusal: ${code ?? String(error)}`);
  }
  throw new Error("a new connection was still answered after SIGTERM");
}

async function exitWithin(server: Server, ms: number): Promise<number | null> {
  const code = await Promise.race([server.exited, sleep(ms).then(() => "timeout" as const)]);
  if (code === "timeout") throw new Error(`the server had not exited ${ms} ms after SIGTERM`);
  return code;
}

async function main(): Promise<number> {
  let cluster: Cluster | undefined;
  const servers: Server[] = [];
  try {
    const database = await migratedDatabase(DIR, { pgPort: PG_PORT, name: "shutdown", log });
    cluster = database.cluster;
    const { runtimeUrl, ownerUrl } = database;
    const env = {
      ...process.env,
      PORT: String(APP_PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: runtimeUrl,
      MIGRATION_DATABASE_URL: "",
      NEXTAUTH_SECRET: "shutdown-test-secret-shutdown-test-secret",
      NEXTAUTH_URL: BASE,
      READY_TIMEOUT_MS: "60000",
    };

    log(`serving ${DIR} on port ${APP_PORT}`);
    const first = serveBuild(DIR, { ...env, SHUTDOWN_GRACE_MS: "10000" });
    servers.push(first);
    await waitForHealth(first, BASE);
    await expectStatus("/api/health", 200);
    await waitForReady(BASE, log);
    await expectStatus("/login", 200, (body) => body.includes("<form") && body.includes("</html>"));
    await expectCompressed(true);

    log("1. a request in flight when SIGTERM arrives, released a second later");
    const held = await holdReadyRequest(ownerUrl);
    first.child.kill("SIGTERM");
    await sleep(300);
    await expectRefused();
    if (first.child.exitCode !== null) throw new Error("the server exited before its request was answered");
    await sleep(1_000);
    await held.release();
    const answer = await held.request;
    if (!("status" in answer) || answer.status !== 200) {
      throw new Error(`the request in flight was not answered 200: ${JSON.stringify(answer)}`);
    }
    log("the request in flight was answered 200");
    const code = await exitWithin(first, APP_SHUTDOWN_LIMIT_MS * 2);
    if (code !== 0) throw new Error(`the server exited with ${code}, expected 0`);
    if (!first.output().includes("database connections closed")) {
      throw new Error("the server did not report closing its database connections");
    }
    log("the server closed its database connections and exited 0");

    log(`2. a request still running when the grace period (${SHORT_GRACE_MS} ms) ends`);
    const second = serveBuild(DIR, { ...env, SHUTDOWN_GRACE_MS: String(SHORT_GRACE_MS), HTTP_COMPRESSION: "off" });
    servers.push(second);
    await waitForHealth(second, BASE);
    await expectCompressed(false);
    const stuck = await holdReadyRequest(ownerUrl);
    const signalled = performance.now();
    second.child.kill("SIGTERM");
    // The app's shutdown waits for the pool, which waits for the query stuck on the lock.
    const secondCode = await exitWithin(second, SHORT_GRACE_MS + APP_SHUTDOWN_LIMIT_MS * 2 + 2_000);
    const took = performance.now() - signalled;
    await stuck.release();
    const cut = await stuck.request;
    if (secondCode !== 0) throw new Error(`the server exited with ${secondCode}, expected 0`);
    if (took < SHORT_GRACE_MS)
      throw new Error(`the server exited after ${took.toFixed(0)} ms, before its grace period`);
    if ("status" in cut) throw new Error(`the request past the grace period was answered ${cut.status}`);
    log(`exited 0 after ${took.toFixed(0)} ms; the request past the grace period was cut off (${cut.error})`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    for (const [i, server] of servers.entries()) console.error(`--- server ${i + 1} output ---\n${server.output()}`);
    return 1;
  } finally {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill("SIGKILL");
    cluster?.stop();
  }
}

main().then((code) => process.exit(code));
