// `npm run bench [-- --rounds 3 --seconds 5 --port 3206 --build --cached --pages dashboard,queue]`: starts the production server on
// the PostgreSQL named by DATABASE_URL (filled by `npm run bench:data`), signs in through the real
// flow and measures the floor (a page with no database work) and each page below at 1 and 10
// concurrent connections, rounds interleaved so that the machine's drift touches every page alike.
// Then it serves each page once more to a server that records the SQL, and prints every statement
// with its time and EXPLAIN ANALYZE plan, flagging sequential scans of tables over 100k rows.
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/seed/seed.ts";
import { addDays, chinaDate } from "../../lib/time/china.ts";
import { PLANNER_OPTIONS } from "../../lib/db/pool.ts";
import { firstLoadJs } from "./first-load.ts";
import { option, printTable } from "./cli.ts";
import { CHIEF_MONTH, FLOOR, FRAME, LIST_PAGES, type BenchPage } from "./pages.ts";
import { measure, median, type Request, type Sample } from "./load.ts";
import { ensureBuild, startServer, type Server } from "./server.ts";
import { signIn } from "./session.ts";
import { explainAll, largeTables, statementsSince } from "./sql-plans.ts";

const LARGE_TABLE_ROWS = 100_000;
/**
 * `--cached`: dashboards served from their figures cache as deployed. Without it every view
 * computes the figures afresh, as on a miss: served from the cache, a view costs its rendering
 * alone, whatever its period.
 */
const CACHED = process.argv.includes("--cached");
const CONCURRENCY = [1, 10];

const ACCOUNTS = ["chief", "officer1", "city", "liaison1"] as const;
type Account = (typeof ACCOUNTS)[number];
type Page = {
  name: string;
  account: Account;
  request: Request;
  /** For a step taken once per record: puts its records back as they were and gives one request per record. */
  pool?: () => Promise<Request[]>;
};

/** The two open tickets of officer1 the ticket page and the comment action use (apart, so comments do not grow the page measured). */
async function pickTickets(client: pg.Client): Promise<Picked> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT t."id" FROM "Ticket" t JOIN "User" u ON u."id" = t."assigneeId"
     WHERE u."username" = 'officer1' AND t."status" IN ('ACCEPTED', 'IN_PROGRESS', 'REOPENED')
     ORDER BY t."createdAt" DESC LIMIT 2`,
  );
  if (rows.length < 2)
    throw new Error("officer1 has fewer than two tickets in progress: generate data with npm run bench:data");
  return { view: rows[0]!.id, comment: rows[1]!.id, submitted: await pickSubmitted(client) };
}

/** The ids under which the build registered the ticket actions the benchmark calls. */
function actionIds(): { comment: string; accept: string } {
  return { comment: actionId("commentOnTicket"), accept: actionId("acceptTicket") };
}

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename?.includes("tickets/actions"),
  );
  if (!found) throw new Error(`the build has no ${exportedName} action`);
  return found[0];
}

/** Submitted tickets of officer1 that the accept step takes, one per request. */
const ACCEPT_POOL = 80;

/**
 * Tickets earlier runs accepted least, never accepted ones first: putting a ticket back removes its
 * events but not its audit entries (the audit log takes no deletes), and every accept answers with
 * the ticket's history, so reusing the same tickets run after run would measure an ever longer answer.
 */
async function pickSubmitted(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ id: string; accepted: number }>(
    `SELECT t."id", (SELECT count(*) FROM "AuditEvent" a
                     WHERE a."entity" = 'Ticket' AND a."entityId" = t."id" AND a."action" = 'ticket.accept')::int AS accepted
     FROM "Ticket" t JOIN "User" u ON u."id" = t."assigneeId"
     WHERE u."username" = 'officer1' AND t."status" = 'SUBMITTED'
     ORDER BY accepted, t."id" LIMIT ${ACCEPT_POOL}`,
  );
  if (rows.length < ACCEPT_POOL / 2) throw new Error("officer1 has too few submitted tickets for the accept step");
  const reused = rows.filter((r) => r.accepted > 0).length;
  if (reused)
    console.log(`the accept step reuses ${reused} tickets accepted in earlier runs: their answers carry that history`);
  return rows.map((r) => r.id);
}

/** Returns the accepted tickets of the pool to submitted (the triggers keep the tally right) and reads their versions. */
async function restoreSubmitted(client: pg.Client, ids: string[]): Promise<{ id: string; version: number }[]> {
  await client.query(
    `DELETE FROM "TicketEvent" WHERE "ticketId" = ANY($1) AND "kind" = 'STATUS_CHANGED' AND "toStatus" = 'ACCEPTED'`,
    [ids],
  );
  await client.query(
    `UPDATE "Ticket" SET "status" = 'SUBMITTED', "acceptedAt" = NULL WHERE "id" = ANY($1) AND "status" <> 'SUBMITTED'`,
    [ids],
  );
  const { rows } = await client.query<{ id: string; version: number }>(
    `SELECT "id", "version" FROM "Ticket" WHERE "id" = ANY($1) ORDER BY "id"`,
    [ids],
  );
  return rows;
}

/**
 * A server action call as the browser's form makes it: React encodes the arguments (previous state,
 * form data) as multipart, the form's fields under the prefix "_1_" of the part that holds them.
 */
function actionRequest(pagePath: string, actionId: string, origin: string, fields: Record<string, string>): Request {
  const boundary = "----bench-boundary";
  const parts = [...Object.entries(fields).map(([k, v]) => [`_1_${k}`, v]), ["0", '[null,"$K1"]']];
  const body =
    parts
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return {
    path: pagePath,
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      accept: "text/x-component",
      origin,
    },
    body,
  };
}

const get = ({ name, account, path }: BenchPage): Page => ({ name, account, request: { path } });

/** The last two years to today, as the dashboard's custom range takes them. */
function twoYears(now = new Date()): string {
  return `period=custom&from=${chinaDate(addDays(now, -729))}&to=${chinaDate(now)}`;
}

type Picked = { view: string; comment: string; submitted: string[] };

/**
 * `--pages dashboard,queue` keeps the pages whose names contain one of the words, the floor, which
 * every ratio needs, and the frame every page stands on: a quicker run while working on a few pages.
 */
function chosen(list: Page[]): Page[] {
  const at = process.argv.indexOf("--pages");
  if (at < 0) return list;
  const words = (process.argv[at + 1] ?? "")
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean);
  if (words.length === 0) throw new Error("--pages needs words of page names, separated by commas");
  const named = list.filter((page) => words.some((w) => page.name.includes(w)));
  if (named.length === 0) throw new Error(`no page name contains ${words.join(" or ")}`);
  return list.filter((page) => page.name === FLOOR.name || page.name === FRAME.name || named.includes(page));
}

function pages(server: Server, client: pg.Client, tickets: Picked, ids: { comment: string; accept: string }): Page[] {
  return chosen(allPages(server, client, tickets, ids));
}

function allPages(
  server: Server,
  client: pg.Client,
  tickets: Picked,
  ids: { comment: string; accept: string },
): Page[] {
  const accept = (ticket: { id: string; version: number }) =>
    actionRequest(`/tickets/${ticket.id}`, ids.accept, server.url, {
      ticketId: ticket.id,
      version: String(ticket.version),
    });
  const acceptPool = async () => (await restoreSubmitted(client, tickets.submitted)).map(accept);
  return [
    get(FLOOR),
    get(FRAME),
    get(CHIEF_MONTH),
    { name: "chief dashboard, year", account: "chief", request: { path: "/chief?period=year" } },
    { name: "chief dashboard, two years", account: "chief", request: { path: `/chief?${twoYears()}` } },
    // The dashboard's other two parts, a tab away from the overview.
    { name: "chief dashboard, lights", account: "chief", request: { path: "/chief?view=lights" } },
    { name: "chief dashboard, lists", account: "chief", request: { path: "/chief?view=lists" } },
    { name: "city dashboard, month", account: "city", request: { path: "/city" } },
    { name: "city dashboard, year", account: "city", request: { path: "/city?period=year" } },
    { name: "city dashboard, two years", account: "city", request: { path: `/city?${twoYears()}` } },
    ...LIST_PAGES.map(get),
    { name: "ticket page", account: "officer1", request: { path: `/tickets/${tickets.view}` } },
    {
      name: "comment action",
      account: "officer1",
      request: actionRequest(`/tickets/${tickets.comment}`, ids.comment, server.url, {
        ticketId: tickets.comment,
        body: "benchmark comment",
      }),
    },
    {
      name: "accept action",
      account: "officer1",
      request: accept({ id: tickets.submitted[0]!, version: 0 }),
      pool: acceptPool,
    },
  ];
}

/** The request to send for `page` now: for a pooled step, the first of a freshly restored pool. */
async function requestOf(page: Page): Promise<Request> {
  return page.pool ? (await page.pool())[0]! : page.request;
}

async function send(server: Server, page: Page, cookie: string): Promise<Response> {
  const request = await requestOf(page);
  return fetch(`${server.url}${request.path}`, {
    method: request.method ?? "GET",
    headers: { cookie, ...request.headers },
    body: request.body,
    redirect: "manual",
  });
}

/**
 * Every page answers 200 (a redirect would mean the sign-in did not hold); each action must actually
 * write its event. Returns the gzipped JavaScript each page loads on a first visit.
 */
async function check(
  server: Server,
  list: Page[],
  cookies: Record<Account, string>,
  client: pg.Client,
): Promise<Map<string, number>> {
  const js = new Map<string, number>();
  for (const page of list) {
    const before = await eventCount(client);
    const response = await send(server, page, cookies[page.account]);
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${page.name}: HTTP ${response.status} ${text.slice(0, 200)}`);
    if (page.request.method === "POST" && (await eventCount(client)) !== before + 1)
      throw new Error(`${page.name}: the action answered but wrote no ticket event: ${text.slice(0, 300)}`);
    if (page.request.method !== "POST") js.set(page.name, await firstLoadJs(server.url, text));
  }
  return js;
}

/** Ticket events written since the benchmark started (an index range, not a count of the table). */
async function eventCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "TicketEvent" WHERE "kind" IN ('COMMENT', 'STATUS_CHANGED') AND "createdAt" > $1`,
    [STARTED],
  );
  return rows[0]!.n;
}

const STARTED = new Date();

async function signInAll(server: Server): Promise<Record<Account, string>> {
  const cookies = await Promise.all(ACCOUNTS.map((name) => signIn(server.url, name, DEMO_PASSWORD)));
  return Object.fromEntries(ACCOUNTS.map((name, i) => [name, cookies[i]!])) as Record<Account, string>;
}

async function loadPhase(port: number, client: pg.Client, tickets: Picked, rounds: number, seconds: number) {
  const server = await startServer(port, CACHED ? {} : { env: { DASHBOARD_CACHE_SECONDS: "0" } });
  try {
    const cookies = await signInAll(server);
    const list = pages(server, client, tickets, actionIds());
    const js = await check(server, list, cookies, client);
    for (const page of list) for (let i = 0; i < 2; i++) await (await send(server, page, cookies[page.account])).text();

    const samples = new Map<string, Sample[]>();
    for (let round = 1; round <= rounds; round++) {
      for (const page of list) {
        for (const connections of CONCURRENCY) {
          const target = page.pool ? { requests: await page.pool() } : page.request;
          const sample = await measure(server.url, target, cookies[page.account], connections, seconds);
          const key = `${page.name}|${connections}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
        }
      }
      process.stderr.write(`round ${round}/${rounds} done\n`);
    }
    printLoadTable(list, samples);
    console.log("\nfirst-load JavaScript, gzipped (the <script src> files of the page's HTML)\n");
    for (const [name, bytes] of js) console.log(`${name.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
  } finally {
    await server.stop();
  }
}

function printLoadTable(list: Page[], samples: Map<string, Sample[]>) {
  const summary = (name: string, c: number) => {
    const s = samples.get(`${name}|${c}`)!;
    return {
      rps: median(s.map((x) => x.requestsPerSecond)),
      p50: median(s.map((x) => x.p50)),
      p975: median(s.map((x) => x.p975)),
      requests: s.reduce((n, x) => n + x.requests, 0),
      failed: s.reduce((n, x) => n + x.failed, 0),
      kb: median(s.map((x) => x.bytesPerResponse)) / 1024,
    };
  };
  const header = ["page", "c", "req/s", "p50 ms", "p97.5 ms", "x floor", "requests", "failed", "KB/answer"];
  const rows = list.flatMap((page) =>
    CONCURRENCY.map((c) => {
      const s = summary(page.name, c);
      const floor = summary("floor", c);
      return [
        page.name,
        String(c),
        s.rps.toFixed(1),
        s.p50.toFixed(0),
        s.p975.toFixed(0),
        page.name === "floor" ? "1.0" : (floor.rps / s.rps).toFixed(1),
        String(s.requests),
        String(s.failed),
        s.kb.toFixed(1),
      ];
    }),
  );
  console.log(`\nmedian of the rounds; "x floor" is the floor's req/s over the page's at the same concurrency\n`);
  printTable(header, rows);
}

async function sqlPhase(port: number, client: pg.Client, tickets: Picked) {
  const log = path.join(tmpdir(), `bench-sql-${process.pid}.jsonl`);
  rmSync(log, { force: true });
  // Dashboards read their figures afresh here (no figures cache), so that the statements of a view
  // that misses the cache are the ones printed.
  const server = await startServer(port, { sqlLog: log, env: { DASHBOARD_CACHE_SECONDS: "0" } });
  try {
    const cookies = await signInAll(server);
    const list = pages(server, client, tickets, actionIds());
    const large = await largeTables(client, LARGE_TABLE_ROWS);
    const flagged: string[] = [];
    for (const page of list) {
      // The first request of a page fills the server's caches; the second is the one recorded.
      await (await send(server, page, cookies[page.account])).text();
      const { end: from } = statementsSince(log, 0);
      await (await send(server, page, cookies[page.account])).text();
      const { statements } = statementsSince(log, from);
      const plans = await explainAll(client, statements, large);
      const total = statements.reduce((ms, s) => ms + s.ms, 0);
      const rows = statements.reduce((n, s) => n + (s.rows ?? 0), 0);
      console.log(
        `\n=== ${page.name} (${page.request.method ?? "GET"} ${page.request.path}): ${statements.length} statements, ${total.toFixed(1)} ms summed as the app saw them (with any wait for a pooled connection), ${rows} rows returned`,
      );
      plans.forEach(({ statement, plan, seqScans }, i) => {
        const params = statement.params?.length ? `  -- ${JSON.stringify(statement.params).slice(0, 300)}` : "";
        console.log(
          `\n#${i + 1}  ${statement.ms.toFixed(1)} ms  ${statement.rows ?? 0} rows  ${statement.sql.replace(/\s+/g, " ").trim()}${params}`,
        );
        for (const line of plan ?? []) console.log(`      ${line}`);
        for (const table of seqScans) {
          const note = `SEQUENTIAL SCAN of "${table}" (${Math.round(large.get(table)!).toLocaleString("en")} rows)`;
          console.log(`  !! ${note}`);
          flagged.push(`${page.name} #${i + 1}: ${note}`);
        }
      });
    }
    console.log(
      `\n${flagged.length ? `sequential scans of large tables:\n  ${flagged.join("\n  ")}` : "no sequential scan of a table over 100k rows"}`,
    );
  } finally {
    await server.stop();
    rmSync(log, { force: true });
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must name the PostgreSQL database filled by npm run bench:data");
  const rounds = option("rounds", 3);
  const seconds = option("seconds", 5);
  const port = option("port", 3206);
  ensureBuild(process.argv.includes("--build"));
  // The plans printed are the app's: its connections start with the same planner costs.
  const client = new pg.Client({ connectionString: url, options: PLANNER_OPTIONS });
  await client.connect();
  try {
    // Fresh planner statistics: where autovacuum is off, the rows earlier runs wrote (the accept
    // step's events and audit entries) leave them stale, and the plans measured are not the app's.
    await client.query("ANALYZE");
    const { rows } = await client.query<{ tickets: number; events: number; enterprises: number }>(
      `SELECT (SELECT count(*) FROM "Ticket")::int AS tickets, (SELECT count(*) FROM "TicketEvent")::int AS events,
         (SELECT count(*) FROM "Enterprise")::int AS enterprises`,
    );
    const d = rows[0]!;
    console.log(`database: ${d.enterprises} enterprises, ${d.tickets} tickets, ${d.events} ticket events`);
    console.log(`${rounds} interleaved rounds of ${seconds} s per page and concurrency`);
    console.log(
      CACHED
        ? "dashboards served from their figures cache as deployed (--cached)"
        : "dashboards compute their figures on every view (a miss of their figures cache)",
    );
    // Picked once: the accept step's pool is put back before each use, never chosen afresh.
    const tickets = await pickTickets(client);
    try {
      if (!process.argv.includes("--sql-only")) await loadPhase(port, client, tickets, rounds, seconds);
      if (!process.argv.includes("--no-sql")) await sqlPhase(port, client, tickets);
    } finally {
      // The pool goes back to submitted, so that the next run finds it whole.
      await restoreSubmitted(client, tickets.submitted);
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
