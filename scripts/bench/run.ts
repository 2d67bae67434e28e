// `npm run bench [-- --rounds 3 --seconds 5 --port 3206 --build]`: starts the production server on
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
import { measure, median, type Request, type Sample } from "./load.ts";
import { ensureBuild, startServer, type Server } from "./server.ts";
import { signIn } from "./session.ts";
import { explainAll, largeTables, statementsSince } from "./sql-plans.ts";

const LARGE_TABLE_ROWS = 100_000;
const CONCURRENCY = [1, 10];

type Account = "chief" | "officer1";
type Page = { name: string; account: Account; request: Request };

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** The two open tickets of officer1 the ticket page and the comment action use (apart, so comments do not grow the page measured). */
async function pickTickets(client: pg.Client): Promise<{ view: string; comment: string }> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT t."id" FROM "Ticket" t JOIN "User" u ON u."id" = t."assigneeId"
     WHERE u."username" = 'officer1' AND t."status" IN ('ACCEPTED', 'IN_PROGRESS', 'REOPENED')
     ORDER BY t."createdAt" DESC LIMIT 2`,
  );
  if (rows.length < 2)
    throw new Error("officer1 has fewer than two tickets in progress: generate data with npm run bench:data");
  return { view: rows[0]!.id, comment: rows[1]!.id };
}

/** The id under which the build registered the ticket comment action. */
function commentActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "commentOnTicket" && entry.filename?.includes("tickets/actions"),
  );
  if (!found) throw new Error("the build has no commentOnTicket action");
  return found[0];
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

function pages(server: Server, tickets: { view: string; comment: string }, actionId: string): Page[] {
  return [
    { name: "floor", account: "chief", request: { path: "/bench/floor" } },
    { name: "chief dashboard, month", account: "chief", request: { path: "/chief" } },
    { name: "chief dashboard, year", account: "chief", request: { path: "/chief?period=year" } },
    { name: "officer queue", account: "officer1", request: { path: "/tickets?status=open" } },
    { name: "enterprise list (chief)", account: "chief", request: { path: "/enterprises" } },
    { name: "ticket page", account: "officer1", request: { path: `/tickets/${tickets.view}` } },
    {
      name: "comment action",
      account: "officer1",
      request: actionRequest(`/tickets/${tickets.comment}`, actionId, server.url, {
        ticketId: tickets.comment,
        body: "benchmark comment",
      }),
    },
  ];
}

async function send(server: Server, page: Page, cookie: string): Promise<Response> {
  const { request } = page;
  return fetch(`${server.url}${request.path}`, {
    method: request.method ?? "GET",
    headers: { cookie, ...request.headers },
    body: request.body,
    redirect: "manual",
  });
}

/** Every page answers 200 (a redirect would mean the sign-in did not hold); the action must actually comment. */
async function check(server: Server, list: Page[], cookies: Record<Account, string>, client: pg.Client) {
  for (const page of list) {
    const before = await commentCount(client);
    const response = await send(server, page, cookies[page.account]);
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${page.name}: HTTP ${response.status} ${text.slice(0, 200)}`);
    if (page.request.method === "POST" && (await commentCount(client)) !== before + 1)
      throw new Error(`${page.name}: the action answered but wrote no comment: ${text.slice(0, 300)}`);
  }
}

async function commentCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "TicketEvent" WHERE "kind" = 'COMMENT'`,
  );
  return rows[0]!.n;
}

async function signInAll(server: Server): Promise<Record<Account, string>> {
  return {
    chief: await signIn(server.url, "chief", DEMO_PASSWORD),
    officer1: await signIn(server.url, "officer1", DEMO_PASSWORD),
  };
}

async function loadPhase(port: number, client: pg.Client, rounds: number, seconds: number) {
  const tickets = await pickTickets(client);
  const server = await startServer(port);
  try {
    const cookies = await signInAll(server);
    const list = pages(server, tickets, commentActionId());
    await check(server, list, cookies, client);
    for (const page of list) for (let i = 0; i < 2; i++) await (await send(server, page, cookies[page.account])).text();

    const samples = new Map<string, Sample[]>();
    for (let round = 1; round <= rounds; round++) {
      for (const page of list) {
        for (const connections of CONCURRENCY) {
          const sample = await measure(server.url, page.request, cookies[page.account], connections, seconds);
          const key = `${page.name}|${connections}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
        }
      }
      process.stderr.write(`round ${round}/${rounds} done\n`);
    }
    printTable(list, samples);
  } finally {
    await server.stop();
  }
}

function printTable(list: Page[], samples: Map<string, Sample[]>) {
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
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(`\nmedian of the rounds; "x floor" is the floor's req/s over the page's at the same concurrency\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function sqlPhase(port: number, client: pg.Client) {
  const log = path.join(tmpdir(), `bench-sql-${process.pid}.jsonl`);
  rmSync(log, { force: true });
  const tickets = await pickTickets(client);
  const server = await startServer(port, { sqlLog: log });
  try {
    const cookies = await signInAll(server);
    const list = pages(server, tickets, commentActionId());
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
      console.log(
        `\n=== ${page.name} (${page.request.method ?? "GET"} ${page.request.path}): ${statements.length} statements, ${total.toFixed(1)} ms summed as the app saw them (with any wait for a pooled connection)`,
      );
      plans.forEach(({ statement, plan, seqScans }, i) => {
        const params = statement.params?.length ? `  -- ${JSON.stringify(statement.params).slice(0, 300)}` : "";
        console.log(
          `\n#${i + 1}  ${statement.ms.toFixed(1)} ms  ${statement.sql.replace(/\s+/g, " ").trim()}${params}`,
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
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tickets: number; events: number; enterprises: number }>(
      `SELECT (SELECT count(*) FROM "Ticket")::int AS tickets, (SELECT count(*) FROM "TicketEvent")::int AS events,
         (SELECT count(*) FROM "Enterprise")::int AS enterprises`,
    );
    const d = rows[0]!;
    console.log(`database: ${d.enterprises} enterprises, ${d.tickets} tickets, ${d.events} ticket events`);
    console.log(`${rounds} interleaved rounds of ${seconds} s per page and concurrency`);
    if (!process.argv.includes("--sql-only")) await loadPhase(port, client, rounds, seconds);
    if (!process.argv.includes("--no-sql")) await sqlPhase(port, client);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
