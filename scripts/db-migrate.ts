import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "../lib/db/migrate";
import { grantRuntimeRole } from "../lib/db/roles";

// Usage: npx tsx scripts/db-migrate.ts
// DATABASE_URL set → that PostgreSQL, migrated as MIGRATION_DATABASE_URL's role (the table owner)
// when set, which then grants DATABASE_URL's role its rights; otherwise the PGlite folder PGLITE_DIR
// (default .data/pglite).
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  let applied: string[];
  if (url) {
    const ownerUrl = process.env.MIGRATION_DATABASE_URL || url;
    applied = await applyMigrations({ kind: "postgres", url: ownerUrl });
    await grantRuntimeRole(ownerUrl, url);
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
