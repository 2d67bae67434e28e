import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  closePglite,
  createPrismaClient,
  databaseTarget,
  migrationTarget,
  openPglite,
} from "../../lib/db/connection.ts";
import { applyMigrations } from "../../lib/db/migrate.ts";
import { grantRuntimeRole } from "../../lib/db/roles.ts";
import { seedDemo } from "../../prisma/seed/seed.ts";
import { hashFiles } from "./source-hash.ts";

type State = { migrations: string; seeded: boolean };

/**
 * Brings the database up to date: applies pending migrations and loads the demo county into an
 * empty database. For the embedded database a small state file beside the data folder records what
 * was done, so a second start with nothing changed does not open the database at all.
 */
export async function prepareDatabase({ demo }: { demo: boolean }): Promise<string> {
  const target = databaseTarget();
  const migrationsHash = hashFiles(process.cwd(), ["prisma/migrations"]);

  if (target.kind === "pglite" && target.dataDir !== "memory://") {
    const stateFile = `${target.dataDir}.state.json`;
    const state = readState(stateFile);
    const hasData = existsSync(path.join(target.dataDir, "PG_VERSION"));
    if (hasData && state?.migrations === migrationsHash && (state.seeded || !demo)) return "up to date";

    const pglite = openPglite(target.dataDir);
    try {
      const applied = await applyMigrations({ kind: "pglite", pglite });
      const seeded = demo ? await seedWith(target) : false;
      writeFileSync(
        stateFile,
        JSON.stringify({ migrations: migrationsHash, seeded: seeded || Boolean(state?.seeded) }),
      );
      return describe(applied, seeded);
    } finally {
      await closePglite(target.dataDir);
    }
  }

  if (target.kind === "postgres") {
    // Migrations and the demo load run as the owner of the tables; the server connects as the runtime role.
    const owner = migrationTarget();
    if (owner.kind !== "postgres") throw new Error("unreachable: a server database has a server owner");
    const applied = await applyMigrations({ kind: "postgres", url: owner.url });
    await grantRuntimeRole(owner.url, target.url);
    const seeded = demo ? await seedWith(owner) : false;
    return describe(applied, seeded);
  }
  const applied = await applyMigrations({ kind: "pglite", pglite: openPglite(target.dataDir) });
  const seeded = demo ? await seedWith(target) : false;
  return describe(applied, seeded);
}

async function seedWith(target: ReturnType<typeof databaseTarget>): Promise<boolean> {
  const db = createPrismaClient(target);
  try {
    return (await seedDemo(db)).created;
  } finally {
    await db.$disconnect();
  }
}

function readState(file: string): State | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as State;
  } catch {
    return null;
  }
}

function describe(applied: string[], seeded: boolean): string {
  const parts = [applied.length ? `applied ${applied.length} migration(s)` : "schema up to date"];
  if (seeded) parts.push("loaded the demo county");
  return parts.join(", ");
}
