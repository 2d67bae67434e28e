// `npm run test:faults`: the production server under a steady write load while its PostgreSQL
// restarts three times (pg_ctl restart -m fast). Creates a throw-away cluster on its own port, sets up
// the migration owner and runtime role, starts the server with `scripts/start.ts` (reusing a current
// build), signs in, posts ticket comments through the real server action at a steady rate and reads
// the ticket page, then checks:
//   - every acknowledged write is in the database;
//   - no request ran past its client timeout;
//   - reads and writes are answered again within 10 s of each restart;
//   - the runtime role is refused every way of rewriting the audit log.
// Prints the figures; exits non-zero when a check fails. Bounded: about two minutes with a current build.
//
// The write rate is what this machine sustains: a calibration of one write at a time sets it to half
// the serial rate (at most 10/s), unless FAULTS_WRITES_PER_SECOND fixes it.
// Settings (environment): FAULTS_PG_PORT (15432), FAULTS_PORT (3205), FAULTS_WRITES_PER_SECOND,
// FAULTS_TRACE (a file to write every request's timing to, as JSON).
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createRoles, tryAuditBypasses } from "../../lib/db/roles.ts";
import { createCluster, type Cluster } from "./cluster.ts";
import { callAction, getPage, serverActionId, signIn, type Session } from "./portal-client.ts";

const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 15432);
const APP_PORT = Number(process.env.FAULTS_PORT ?? 3205);
const FIXED_WRITES_PER_SECOND = Number(process.env.FAULTS_WRITES_PER_SECOND) || null;
const MAX_WRITES_PER_SECOND = 10;
const CALIBRATION_WRITES = 20;
const READS_PER_SECOND = 0.5;
/** A request still unanswered after this has hung: the server's own bounds are well below it. */
const REQUEST_TIMEOUT_MS = 15_000;
const RECOVERY_LIMIT_MS = 10_000;
const WARM_UP_MS = 8_000;
const BETWEEN_RESTARTS_MS = 20_000;
const RESTARTS = 3;
const SERVER_READY_TIMEOUT_MS = 10 * 60_000; // a build from scratch on a small machine
const OWNER_PASSWORD = "faults-owner";
const RUNTIME_PASSWORD = "faults-runtime";
const DATABASE = "jqt_faults";

type Kind = "write" | "read";
// "unavailable": answered at once with "busy" or a server error, as expected while PostgreSQL is down;
// "failed": anything else that is not a success (a refused connection, an unexpected answer).
type Result = "ok" | "unavailable" | "failed" | "timeout";
type Sample = { kind: Kind; n: number; start: number; end: number; result: Result; detail?: string };

let writesPerSecond = MAX_WRITES_PER_SECOND;
const t0 = performance.now();
const now = () => performance.now() - t0;
const log = (message: string) => console.log(`[faults +${(now() / 1000).toFixed(1)}s] ${message}`);

async function main(): Promise<number> {
  let cluster: Cluster | undefined;
  let server: ChildProcess | undefined;
  const serverLog = path.join(mkdtempSync(path.join(tmpdir(), "jqt-faults-server-")), "server.log");
  try {
    log(`creating a PostgreSQL cluster on port ${PG_PORT}`);
    cluster = createCluster(PG_PORT);
    const ownerUrl = `postgres://jqt_owner:${OWNER_PASSWORD}@127.0.0.1:${PG_PORT}/${DATABASE}`;
    const runtimeUrl = `postgres://jqt_app:${RUNTIME_PASSWORD}@127.0.0.1:${PG_PORT}/${DATABASE}`;
    await createRoles({ adminUrl: cluster.adminUrl(), ownerUrl, runtimeUrl });

    log(`starting the production server on port ${APP_PORT} (log: ${serverLog})`);
    server = startServer(ownerUrl, runtimeUrl, serverLog);
    const baseUrl = `http://localhost:${APP_PORT}`;
    await waitForServer(baseUrl, server);

    const session = await signIn(baseUrl, "officer1", "demo1234");
    const ticketId = await openTicketOf(ownerUrl, "officer1");
    const actionId = serverActionId(".next", "app/(portal)/tickets/actions.ts", "commentOnTicket");
    const pagePath = `/tickets/${ticketId}`;
    const runId = Date.now().toString(36);
    log(`signed in as officer1; calibrating on ticket ${ticketId}`);

    const samples: Sample[] = [];
    // One write at a time: also warms the server up (first renders, connections).
    const calibration: Sample[] = [];
    for (let n = 0; n < CALIBRATION_WRITES; n++) {
      await write(session, pagePath, actionId, ticketId, runId, -1 - n, calibration);
    }
    const failedCalibration = calibration.find((s) => s.result !== "ok");
    if (failedCalibration) throw new Error(`a calibration write failed: ${failedCalibration.detail}`);
    const serialMs = median(calibration.slice(CALIBRATION_WRITES / 2).map((s) => s.end - s.start));
    writesPerSecond =
      FIXED_WRITES_PER_SECOND ?? Math.max(1, Math.min(MAX_WRITES_PER_SECOND, Math.floor(500 / serialMs)));
    log(
      `one write alone takes ${serialMs.toFixed(0)} ms; load: ${writesPerSecond} writes/s and a page read every ${1 / READS_PER_SECOND} s`,
    );
    const inFlight = new Set<Promise<void>>();
    let stopLoad = false;
    const track = (p: Promise<void>) => {
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    };
    const loop = async (kind: Kind, perSecond: number) => {
      const interval = 1000 / perSecond;
      const first = now();
      for (let n = 0; !stopLoad; n++) {
        // Open loop: requests leave on schedule whether or not earlier ones have been answered.
        const due = first + n * interval;
        if (due > now()) await sleep(due - now());
        if (stopLoad) break;
        track(
          kind === "write"
            ? write(session, pagePath, actionId, ticketId, runId, n, samples)
            : read(session, pagePath, n, samples),
        );
      }
    };
    const loads = [loop("write", writesPerSecond), loop("read", READS_PER_SECOND)];

    const restarts: { begin: number; up: number }[] = [];
    await sleep(WARM_UP_MS);
    for (let i = 0; i < RESTARTS; i++) {
      const begin = now();
      await cluster.restart();
      const up = now();
      restarts.push({ begin, up });
      log(`restart ${i + 1}: PostgreSQL was down and back in ${((up - begin) / 1000).toFixed(1)} s`);
      await sleep(BETWEEN_RESTARTS_MS);
    }
    stopLoad = true;
    await Promise.all(loads);
    await Promise.all([...inFlight]);
    log("load stopped; checking");
    if (process.env.FAULTS_TRACE) writeFileSync(process.env.FAULTS_TRACE, JSON.stringify({ restarts, samples }));

    return report(samples, restarts, await committedWrites(ownerUrl, runId), await tryAuditBypasses(runtimeUrl));
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    if (cluster) console.error(`--- PostgreSQL log ---\n${cluster.log()}`);
    return 1;
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    cluster?.stop();
  }
}

function startServer(ownerUrl: string, runtimeUrl: string, logFile: string): ChildProcess {
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    // Its own process group, so that stopping it also stops the server it spawns.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(APP_PORT),
      DATABASE_URL: runtimeUrl,
      MIGRATION_DATABASE_URL: ownerUrl,
      NEXTAUTH_URL: `http://localhost:${APP_PORT}`,
      NEXTAUTH_SECRET: "faults-test-secret-faults-test-secret",
      DEMO_DATA: "1",
    },
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

async function waitForServer(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = now() + SERVER_READY_TIMEOUT_MS;
  while (now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/login`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(1_000);
  }
  throw new Error("the server did not come up");
}

async function openTicketOf(ownerUrl: string, username: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT t.id FROM "Ticket" t JOIN "User" u ON u.id = t."assigneeId"
       WHERE u.username = $1 AND t.status NOT IN ('CLOSED', 'REJECTED', 'WITHDRAWN') ORDER BY t.id LIMIT 1`,
      [username],
    );
    if (!rows[0]) throw new Error(`the demo data has no open ticket assigned to ${username}`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

async function write(
  session: Session,
  pagePath: string,
  actionId: string,
  ticketId: string,
  runId: string,
  n: number,
  samples: Sample[],
) {
  const start = now();
  try {
    const { status, body } = await callAction(
      session,
      pagePath,
      actionId,
      { ticketId, body: commentBody(runId, n) },
      AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    );
    const answer = status === 200 ? actionResult(body) : null;
    const result: Result = answer?.ok ? "ok" : answer || status >= 500 ? "unavailable" : "failed";
    const detail = result === "ok" ? undefined : `${status} ${answer?.message ?? body.slice(-160)}`;
    samples.push({ kind: "write", n, start, end: now(), result, detail });
  } catch (error) {
    samples.push({ kind: "write", n, start, end: now(), ...failure(error) });
  }
}

async function read(session: Session, pagePath: string, n: number, samples: Sample[]) {
  const start = now();
  try {
    const { status, body } = await getPage(session, pagePath, AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    // The page header shows who is signed in; the error page (which may keep a 200 already sent) does not.
    const rendered = status === 200 && body.includes('data-testid="current-user"');
    const result: Result = rendered ? "ok" : status === 200 || status >= 500 ? "unavailable" : "failed";
    samples.push({ kind: "read", n, start, end: now(), result, detail: result === "ok" ? undefined : String(status) });
  } catch (error) {
    samples.push({ kind: "read", n, start, end: now(), ...failure(error) });
  }
}

/**
 * The action's own return value in Next's RSC answer: row 0 refers to it ("a":"$@<row>"), and the
 * rest of the answer is the page re-rendered for the paths the action refreshed.
 */
function actionResult(body: string): { ok: boolean; message?: string } | null {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    const value = ref ? (JSON.parse(rows.get(ref) ?? "null") as unknown) : head?.a;
    if (value && typeof value === "object" && "ok" in value) return value as { ok: boolean; message?: string };
  } catch {
    // not an action answer
  }
  return null;
}

function failure(error: unknown): { result: Result; detail: string } {
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError") return { result: "timeout", detail: name };
  return {
    result: "failed",
    detail: error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error),
  };
}

const commentBody = (runId: string, n: number) => `fault-run ${runId} write ${n}`;

async function committedWrites(ownerUrl: string, runId: string): Promise<Set<number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string }>(`SELECT body FROM "TicketEvent" WHERE body LIKE $1`, [
      `fault-run ${runId} write %`,
    ]);
    return new Set(rows.map((row) => Number(row.body.split(" ").at(-1))));
  } finally {
    await client.end();
  }
}

/**
 * Time from PostgreSQL being back until requests of a kind succeed again and keep succeeding. Only
 * requests answered before the next restart began count: a later one may fail because of that one.
 */
function recoveryMs(samples: Sample[], kind: Kind, up: number, until: number): number | null {
  const window = samples
    .filter((s) => s.kind === kind && s.start >= up && s.end < until)
    .sort((a, b) => a.start - b.start);
  const lastBad = window.filter((s) => s.result !== "ok").at(-1);
  const firstGood = window.find((s) => s.result === "ok" && (!lastBad || s.start > lastBad.start));
  return firstGood ? Math.max(0, firstGood.end - up) : null;
}

function report(
  samples: Sample[],
  restarts: { begin: number; up: number }[],
  committed: Set<number>,
  bypasses: { name: string; refusedWith: string | null }[],
): number {
  const failures: string[] = [];
  const writes = samples.filter((s) => s.kind === "write");
  const reads = samples.filter((s) => s.kind === "read");
  const count = (list: Sample[], result: Result) => list.filter((s) => s.result === result).length;
  const acknowledged = writes.filter((s) => s.result === "ok");
  const lost = acknowledged.filter((s) => !committed.has(s.n));
  const unacknowledgedButCommitted = writes.filter((s) => s.result !== "ok" && committed.has(s.n)).length;
  const maxMs = Math.max(...samples.map((s) => s.end - s.start));
  const timeouts = samples.filter((s) => s.result === "timeout");

  console.log("\n=== fault test: PostgreSQL restarted under load ===");
  console.log(
    `writes sent: ${writes.length} (${writesPerSecond}/s); reads sent: ${reads.length} (${READS_PER_SECOND}/s)`,
  );
  console.log(
    `writes: ${acknowledged.length} acknowledged, ${count(writes, "unavailable")} answered "busy" or an error, ${count(writes, "failed")} failed, ${count(writes, "timeout")} timed out`,
  );
  console.log(
    `reads:  ${count(reads, "ok")} answered, ${count(reads, "unavailable")} answered "busy" or an error, ${count(reads, "failed")} failed, ${count(reads, "timeout")} timed out`,
  );
  console.log(
    `acknowledged writes present in the database: ${acknowledged.length - lost.length} of ${acknowledged.length}`,
  );
  console.log(`writes committed although not acknowledged: ${unacknowledgedButCommitted}`);
  console.log(`longest request: ${(maxMs / 1000).toFixed(2)} s (client timeout ${REQUEST_TIMEOUT_MS / 1000} s)`);
  if (lost.length) failures.push(`${lost.length} acknowledged writes are missing (first: #${lost[0]!.n})`);
  if (timeouts.length) failures.push(`${timeouts.length} requests hung past ${REQUEST_TIMEOUT_MS / 1000} s`);
  if (acknowledged.length === 0) failures.push("no write was acknowledged at all");

  restarts.forEach(({ begin, up }, i) => {
    const until = restarts[i + 1]?.begin ?? Infinity;
    const w = recoveryMs(samples, "write", up, until);
    const r = recoveryMs(samples, "read", up, until);
    const fmt = (ms: number | null) => (ms === null ? "never" : `${(ms / 1000).toFixed(2)} s`);
    console.log(
      `restart ${i + 1}: PostgreSQL down for ${((up - begin) / 1000).toFixed(1)} s; writes back after ${fmt(w)}, reads back after ${fmt(r)}`,
    );
    if (w === null || w > RECOVERY_LIMIT_MS) failures.push(`writes not back within 10 s of restart ${i + 1}`);
    if (r === null || r > RECOVERY_LIMIT_MS) failures.push(`reads not back within 10 s of restart ${i + 1}`);
  });

  console.log("\naudit-log bypass attempts as the runtime role:");
  for (const { name, refusedWith } of bypasses) {
    console.log(`  ${refusedWith ? "refused" : "ALLOWED"}  ${name}${refusedWith ? `  (${refusedWith})` : ""}`);
    if (!refusedWith) failures.push(`the runtime role could: ${name}`);
  }

  const odd = samples.filter((s) => s.result === "failed").slice(0, 3);
  for (const s of odd) console.log(`  e.g. ${s.kind} #${s.n} at ${(s.start / 1000).toFixed(1)} s: ${s.detail}`);

  const checks = 3 + restarts.length * 2 + bypasses.length;
  console.log(`\nfaults: ${checks - failures.length} passed, ${failures.length} failed`);
  for (const f of failures) console.log(`  FAILED: ${f}`);
  return failures.length ? 1 : 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
