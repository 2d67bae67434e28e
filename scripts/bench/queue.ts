// Benchmark of the officer's ticket queue: counts the queries one queue page makes, prints the
// plan PostgreSQL chooses for each (EXPLAIN ANALYZE on the SQL Prisma actually sends) and times
// the whole list. Optionally inflates the county with extra tickets first.
//
//   node --conditions=react-server --import tsx scripts/bench/queue.ts [--extra 100000]
//   (DATABASE_URL=postgres://… to run on a server; otherwise an in-memory PGlite)
import {
  closePglite,
  createPrismaClient,
  databaseTarget,
  openPglite,
  type QueryListener,
} from "../../lib/db/connection.ts";
import { applyMigrations } from "../../lib/db/migrate.ts";
import { resetDb } from "../../lib/db/index.ts";
import { listTicketsForUser } from "../../lib/tickets/list.ts";
import { parseTicketFilters } from "../../lib/tickets/filters.ts";
import { seedDemo } from "../../prisma/seed/seed.ts";
import { loadSessionUser } from "../../lib/auth/sign-in.ts";
import { inflateTickets } from "./inflate.ts";

const extra = Number(process.argv[process.argv.indexOf("--extra") + 1] || 0) || 0;
const target = process.env.DATABASE_URL ? databaseTarget() : ({ kind: "pglite", dataDir: "memory://" } as const);

async function main() {
  await applyMigrations(target.kind === "postgres" ? target : { kind: "pglite", pglite: openPglite(target.dataDir) });
  const captured: Parameters<QueryListener>[0][] = [];
  let capturing = false;
  const db = createPrismaClient(target, { onQuery: (e) => capturing && captured.push(e) });
  resetDb(db);
  console.log("loading the demo county…");
  await seedDemo(db);
  if (extra > 0) {
    console.log(`adding ${extra} tickets…`);
    await inflateTickets(db, extra);
  }
  await db.$executeRawUnsafe("ANALYZE");

  const officer = await db.user.findUniqueOrThrow({ where: { username: "officer1" } });
  const user = (await loadSessionUser(db, officer.id, officer.tokenVersion))!;
  const filters = parseTicketFilters({ status: "open" });

  capturing = true;
  const first = await listTicketsForUser(user, filters);
  capturing = false;
  console.log(`tickets in database: ${await db.ticket.count()}; officer1's open queue: ${first.total}`);
  console.log(
    `queries for one queue list: ${captured.length} (plus the header's unread count and, once a minute, the session check)\n`,
  );

  for (const q of captured) {
    const params = JSON.parse(q.params) as unknown[];
    const sql = q.query.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${sql}`);
    console.log(q.query.slice(0, 160).replace(/\s+/g, " ") + " …");
    console.log(plan.map((r) => `    ${r["QUERY PLAN"]}`).join("\n") + "\n");
  }

  const runs = 50;
  const started = performance.now();
  for (let i = 0; i < runs; i++) await listTicketsForUser(user, filters);
  console.log(`queue list: ${((performance.now() - started) / runs).toFixed(1)} ms on average over ${runs} runs`);
  await db.$disconnect();
  if (target.kind === "pglite") await closePglite(target.dataDir);
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(",")}]`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
