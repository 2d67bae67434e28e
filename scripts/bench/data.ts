// `npm run bench:data -- --scale city|county|tiny [--reset]`: fills the PostgreSQL named by
// DATABASE_URL with a generated city (see generate.ts), then VACUUMs and ANALYZEs it. The database must be
// empty (migrations are applied first); --reset drops its schema and migrates it afresh before.
import pg from "pg";
import { hashPassword } from "../../lib/auth/password.ts";
import { applyMigrations } from "../../lib/db/migrate.ts";
import { DEMO_PASSWORD } from "../../prisma/seed/seed.ts";
import { generateCity } from "./generate.ts";
import { isScaleName, SCALES, type ScaleName } from "./scales.ts";

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Applies migrations and fills the database at `url` with a city of `scaleName`. */
export async function fillDatabase(
  url: string,
  scaleName: ScaleName,
  options: { reset?: boolean; now?: Date; progress?: (label: string, ms: number) => void } = {},
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (options.reset) await dropSchema(client);
    await applyMigrations({ kind: "postgres", url });
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Bureau"`);
    if (rows[0]!.n > 0) throw new Error("the database already holds data; use a fresh one or pass --reset");
    // One hash for every account: hashing twenty thousand passwords would take longer than the data.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await generateCity(client, SCALES[scaleName], {
      now: options.now ?? new Date(),
      passwordHash,
      progress: options.progress,
    });
    let started = performance.now();
    // The tallies were rebuilt in one pass, ticket by ticket, which scatters one day's rows over the
    // whole table. On a live server a span's rows are written while it runs, so they lie together;
    // CLUSTER puts them back that way, so a month read here costs what it would there.
    for (const table of ["TicketTally", "BureauTicketTally", "ResolutionHoursTally"])
      await client.query(`CLUSTER "${table}" USING "${table}_pkey"`);
    options.progress?.("cluster tally", performance.now() - started);
    started = performance.now();
    // VACUUM as autovacuum would have by now on a real server: it marks the pages all-visible, so
    // that index-only scans (the median resolution time reads one) need not visit the table.
    await client.query("VACUUM (ANALYZE)");
    options.progress?.("vacuum and analyze", performance.now() - started);
  } finally {
    await client.end();
  }
}

/** The app's schema dropped with everything in it (the audit log refuses TRUNCATE, so rows cannot simply be removed). */
async function dropSchema(client: pg.Client) {
  const { rows } = await client.query<{ name: string }>(`SELECT quote_ident(current_schema()) AS name`);
  await client.query(`DROP SCHEMA ${rows[0]!.name} CASCADE; CREATE SCHEMA ${rows[0]!.name}`);
}

async function main() {
  // Migrating and bulk loading (indexes dropped and rebuilt) need the tables' owner, when the
  // migration owner and the runtime role are separate (see npm run db:roles).
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must name the PostgreSQL database to fill");
  const scale = argument("scale") ?? "county";
  if (!isScaleName(scale)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
  const started = performance.now();
  await fillDatabase(url, scale, {
    reset: process.argv.includes("--reset"),
    progress: (label, ms) => console.log(`${label.padEnd(18)} ${(ms / 1000).toFixed(1).padStart(6)} s`),
  });
  console.log(`${scale} generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
