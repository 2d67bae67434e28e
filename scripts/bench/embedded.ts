// `npm run bench:embedded [-- --rounds 2 --seconds 5 --port 3216]`: the demo county served from the
// embedded database (PGlite, as `npm start` runs it) and from the PostgreSQL server named by
// DATABASE_URL, the same production build on both, pages measured in interleaved rounds at 1 and 10
// connections. It prints each server's req/s and median latency and PGlite's share of PostgreSQL's
// throughput. DATABASE_URL's database is migrated and given the demo county if it has no data.
// Dashboards read their figures on every view here (DASHBOARD_CACHE_SECONDS=0), so that the
// database's work is what is compared.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "../../prisma/seed/seed.ts";
import { option, printTable } from "./cli.ts";
import { CHIEF_MONTH, FLOOR, LIST_PAGES, type BenchPage } from "./pages.ts";
import { measure, median, type Sample } from "./load.ts";
import { ensureBuild, startServer, type Server } from "./server.ts";
import { signIn } from "./session.ts";

const CONCURRENCY = [1, 10];
const ACCOUNTS = ["chief", "officer1", "liaison1"] as const;
type Account = (typeof ACCOUNTS)[number];
type Target = BenchPage;
type Side = { label: string; server: Server; cookies: Record<Account, string>; ticketPath: string };

// The ticket page's address is read from each database (its ids differ): "" stands for it.
const PAGES: Target[] = [FLOOR, CHIEF_MONTH, ...LIST_PAGES, { name: "ticket page", account: "officer1", path: "" }];

/** Migrates the database the environment names and loads the demo county into it if it has none. */
function prepare(env: Record<string, string>) {
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (seeded.status !== 0) throw new Error("loading the demo county failed");
}

async function side(label: string, port: number, env: Record<string, string>): Promise<Side> {
  const server = await startServer(port, { env: { ...env, DASHBOARD_CACHE_SECONDS: "0" } });
  const cookies = Object.fromEntries(
    await Promise.all(ACCOUNTS.map(async (name) => [name, await signIn(server.url, name, DEMO_PASSWORD)])),
  ) as Record<Account, string>;
  // The first ticket of officer1's open queue, whatever its id on this database.
  const queue = await (
    await fetch(`${server.url}/tickets?status=open`, { headers: { cookie: cookies.officer1 } })
  ).text();
  const ticket = /href="(\/tickets\/[a-z0-9]{20,})"/.exec(queue)?.[1];
  if (!ticket) throw new Error(`${label}: officer1's queue lists no ticket`);
  return { label, server, cookies, ticketPath: ticket };
}

const pathOn = (target: Target, on: Side) => target.path || on.ticketPath;

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL must name a PostgreSQL database for the demo county");
  const rounds = option("rounds", 2);
  const seconds = option("seconds", 5);
  const port = option("port", 3216);
  const pgliteDir = mkdtempSync(path.join(tmpdir(), "bench-pglite-"));
  const embedded = { DATABASE_URL: "", MIGRATION_DATABASE_URL: "", PGLITE_DIR: pgliteDir };
  try {
    ensureBuild(false);
    prepare(embedded);
    prepare({});
    const sides = [await side("PGlite", port, embedded), await side("PostgreSQL", port + 1, {})];
    try {
      for (const s of sides)
        for (const target of PAGES) {
          const response = await fetch(`${s.server.url}${pathOn(target, s)}`, {
            headers: { cookie: s.cookies[target.account] },
            redirect: "manual",
          });
          if (response.status !== 200) throw new Error(`${s.label} ${target.name}: HTTP ${response.status}`);
          await response.text();
        }
      const samples = new Map<string, Sample[]>();
      for (let round = 1; round <= rounds; round++) {
        for (const target of PAGES)
          for (const connections of CONCURRENCY)
            for (const s of sides) {
              const sample = await measure(
                s.server.url,
                { path: pathOn(target, s) },
                s.cookies[target.account],
                connections,
                seconds,
              );
              const key = `${s.label}|${target.name}|${connections}`;
              samples.set(key, [...(samples.get(key) ?? []), sample]);
            }
        process.stderr.write(`round ${round}/${rounds} done\n`);
      }
      print(samples);
    } finally {
      await Promise.all(sides.map((s) => s.server.stop()));
    }
  } finally {
    rmSync(pgliteDir, { recursive: true, force: true });
  }
}

function print(samples: Map<string, Sample[]>) {
  const of = (label: string, name: string, c: number) => {
    const s = samples.get(`${label}|${name}|${c}`)!;
    return {
      rps: median(s.map((x) => x.requestsPerSecond)),
      p50: median(s.map((x) => x.p50)),
      failed: s.reduce((n, x) => n + x.failed, 0),
    };
  };
  const header = ["page", "c", "PGlite req/s", "p50 ms", "PostgreSQL req/s", "p50 ms", "PGlite ÷ PostgreSQL", "failed"];
  const rows = PAGES.flatMap((target) =>
    CONCURRENCY.map((c) => {
      const [a, b] = [of("PGlite", target.name, c), of("PostgreSQL", target.name, c)];
      return [
        target.name,
        String(c),
        a.rps.toFixed(1),
        a.p50.toFixed(0),
        b.rps.toFixed(1),
        b.p50.toFixed(0),
        (a.rps / b.rps).toFixed(2),
        String(a.failed + b.failed),
      ];
    }),
  );
  console.log(`\nmedian of the rounds; the demo county on each database, the same build\n`);
  printTable(header, rows);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
