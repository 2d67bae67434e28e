// Builds the Prisma client for the configured database. The only module that knows about
// drivers and adapters; the app reaches it through lib/db/index.ts, scripts and tests directly.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";
import { poolSettings, SheddingPool, transactionLimits } from "./pool.ts";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** DATABASE_URL set → that PostgreSQL server; unset → embedded PGlite in PGLITE_DIR ("memory://" for none). */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL");
    }
    return { kind: "postgres", url };
  }
  const dir = env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR;
  // A folder chosen at run time, never part of the build: the ignore keeps the build's file tracer
  // from taking the whole project for it.
  return { kind: "pglite", dataDir: dir === "memory://" ? dir : path.resolve(/* turbopackIgnore: true */ dir) };
}

/**
 * Where migrations (and the demo load) run: MIGRATION_DATABASE_URL, the role that owns the tables,
 * when set; otherwise the same server and role as the app. See lib/db/roles.ts.
 */
export function migrationTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const target = databaseTarget(env);
  const ownerUrl = env.MIGRATION_DATABASE_URL?.trim();
  if (!ownerUrl || target.kind !== "postgres") return target;
  if (!/^postgres(ql)?:\/\//.test(ownerUrl)) {
    throw new Error("MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL");
  }
  return { kind: "postgres", url: ownerUrl };
}

/**
 * A read replica for heavy reads (dashboards, figures, exports), when DATABASE_REPLICA_URL names
 * one beside a PostgreSQL DATABASE_URL; null otherwise (they then read the primary).
 */
export function replicaTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget | null {
  const url = env.DATABASE_REPLICA_URL?.trim();
  if (!url || databaseTarget(env).kind !== "postgres") return null;
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error("DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL");
  return { kind: "postgres", url };
}

type Handles = { pglite: Map<string, PGlite>; closeHookInstalled: boolean };

// PGlite takes no lock on its folder: a second instance on the same folder silently loses writes.
// One instance per folder per process, cached on globalThis so that dev reloads reuse it.
const globalHandles = globalThis as unknown as { __jqtDb?: Handles };
const handles: Handles = (globalHandles.__jqtDb ??= { pglite: new Map(), closeHookInstalled: false });

/** The process-wide PGlite for a folder, opened on first use. */
export function openPglite(dataDir: string): PGlite {
  let pg = handles.pglite.get(dataDir);
  if (!pg) {
    if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
    pg = new PGlite(dataDir === "memory://" ? undefined : dataDir);
    handles.pglite.set(dataDir, pg);
    installCloseHook();
  }
  return pg;
}

/** Closes a PGlite opened by openPglite (scripts and tests; the server closes on exit). */
export async function closePglite(dataDir: string): Promise<void> {
  const pg = handles.pglite.get(dataDir);
  handles.pglite.delete(dataDir);
  if (pg && !pg.closed) await pg.close();
}

/** Closes every PGlite this process opened: the served process's shutdown, after its last request. */
export async function closeAllPglite(): Promise<void> {
  const open = [...handles.pglite.values()];
  handles.pglite.clear();
  await Promise.allSettled(open.map((pg) => (pg.closed ? undefined : pg.close())));
}

function installCloseHook() {
  // scripts/serve.mjs drains the requests first and then closes the databases itself (closeDb).
  if (handles.closeHookInstalled || process.env.SERVE_MANAGED_SHUTDOWN === "1") return;
  handles.closeHookInstalled = true;
  const closeAll = async (signal: NodeJS.Signals) => {
    await Promise.allSettled([...handles.pglite.values()].map((pg) => (pg.closed ? undefined : pg.close())));
    handles.pglite.clear();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGTERM", closeAll);
  process.once("SIGINT", closeAll);
}

export type Db = PrismaClient;

export type QueryListener = (event: { query: string; params: string; duration: number }) => void;

export function createPrismaClient(
  target: DatabaseTarget = databaseTarget(),
  options: { onQuery?: QueryListener; poolName?: "primary" | "replica" } = {},
): PrismaClient {
  const settings = poolSettings();
  const adapter =
    target.kind === "postgres"
      ? // Handing Prisma a pool it did not make: disconnecting the client then ends that pool too.
        new PrismaPg(new SheddingPool(target.url, settings, options.poolName), { disposeExternalPool: true })
      : new PrismaPGlite(openPglite(target.dataDir));
  const transactionOptions = transactionLimits(settings);
  if (options.onQuery) {
    // Benchmarks read the SQL Prisma actually sends (for EXPLAIN and query counts).
    const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
    client.$on("query", (e) => options.onQuery!({ query: e.query, params: e.params, duration: e.duration }));
    return client as unknown as PrismaClient;
  }
  // DB_LOG_QUERIES=1 prints every SQL statement Prisma sends.
  return process.env.DB_LOG_QUERIES === "1"
    ? (new PrismaClient({ adapter, transactionOptions, log: ["query"] }) as unknown as PrismaClient)
    : new PrismaClient({ adapter, transactionOptions });
}
