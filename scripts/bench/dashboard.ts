// Benchmark of the chief's county dashboard: times what one dashboard page reads (headline figures,
// breakdowns behind the charts and traffic lights, and the lists) for this month and for the year,
// on the demo county optionally inflated with extra tickets spread over the last year.
//
//   node --conditions=react-server --import tsx scripts/bench/dashboard.ts [--extra 100000]
//   (DATABASE_URL=postgres://… to run on a server; otherwise an in-memory PGlite)
import { closePglite, createPrismaClient, databaseTarget, openPglite } from "../../lib/db/connection.ts";
import { applyMigrations } from "../../lib/db/migrate.ts";
import { resetDb } from "../../lib/db/index.ts";
import { loadSessionUser } from "../../lib/auth/sign-in.ts";
import { countyFigures } from "../../lib/dashboard/figures.ts";
import { dashboardScope, parseDashboardFilters } from "../../lib/dashboard/filters.ts";
import { countyBreakdowns, countyLists } from "../../lib/dashboard/tables.ts";
import { seedDemo } from "../../prisma/seed/seed.ts";
import { inflateTickets } from "./inflate.ts";

const extra = Number(process.argv[process.argv.indexOf("--extra") + 1] || 0) || 0;
const target = process.env.DATABASE_URL ? databaseTarget() : ({ kind: "pglite", dataDir: "memory://" } as const);

async function main() {
  await applyMigrations(target.kind === "postgres" ? target : { kind: "pglite", pglite: openPglite(target.dataDir) });
  let queries = 0;
  const db = createPrismaClient(target, { onQuery: () => void queries++ });
  resetDb(db);
  await seedDemo(db);
  if (extra > 0) await inflateTickets(db, extra);
  await db.$executeRawUnsafe("ANALYZE");
  const chief = await db.user.findUniqueOrThrow({ where: { username: "chief" } });
  const user = (await loadSessionUser(db, chief.id, chief.tokenVersion))!;
  console.log(`tickets in database: ${await db.ticket.count()} (${target.kind})`);

  for (const period of ["month", "year"]) {
    const now = new Date();
    const scope = dashboardScope(parseDashboardFilters({ period }), now);
    const page = () =>
      Promise.all([countyFigures(user, scope, now), countyBreakdowns(user, scope, now), countyLists(user, scope, now)]);
    await page(); // warm-up
    queries = 0;
    const runs = 10;
    const started = performance.now();
    for (let i = 0; i < runs; i++) await page();
    const each = (performance.now() - started) / runs;
    console.log(
      `dashboard, period=${period}: ${each.toFixed(0)} ms per page on average over ${runs} runs, ${queries / runs} queries per page`,
    );
  }
  await db.$disconnect();
  if (target.kind === "pglite") await closePglite(target.dataDir);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
