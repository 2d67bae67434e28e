import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "../lib/db/migrate.ts";
import { grantRuntimeRole } from "../lib/db/roles.ts";

// Usage: npm run db:migrate (a checkout), npm run migrate (a built server; PostgreSQL only).
// DATABASE_URL set → that PostgreSQL, migrated as MIGRATION_DATABASE_URL's role (the table owner)
// when set, which then grants DATABASE_URL's role its rights; otherwise the PGlite folder PGLITE_DIR
// (default .data/pglite), unless --postgres refuses that.
// Plain erasable TypeScript importing .ts paths: Node 24 runs it without tsx, where only the
// production dependencies are installed.
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL?.trim();
  let applied: string[];
  if (url) {
    const ownerUrl = process.env.MIGRATION_DATABASE_URL?.trim() || url;
    applied = await applyMigrations({ kind: "postgres", url: ownerUrl });
    await grantRuntimeRole(ownerUrl, url);
  } else if (process.argv.includes("--postgres")) {
    throw new Error(
      "DATABASE_URL is not set: set it to the runtime role's postgres:// URL, and MIGRATION_DATABASE_URL to the table owner's",
    );
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
