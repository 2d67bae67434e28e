import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "../lib/db/migrate";

// Usage: npx tsx scripts/db-migrate.ts
// DATABASE_URL set → that PostgreSQL; otherwise the PGlite folder PGLITE_DIR (default .data/pglite).
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  let applied: string[];
  if (url) {
    applied = await applyMigrations({ kind: "postgres", url });
  } else {
    const dir = path.resolve(process.env.PGLITE_DIR || ".data/pglite");
    await mkdir(dir, { recursive: true });
    const pglite = await PGlite.create(dir);
    try {
      applied = await applyMigrations({ kind: "pglite", pglite });
    } finally {
      await pglite.close();
    }
  }
  console.log(applied.length ? applied.map((name) => `applied ${name}`).join("\n") : "up to date");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
