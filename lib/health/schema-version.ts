// Which migration this build of the portal was written against: the newest folder under
// prisma/migrations (their names start with a UTC timestamp, so they sort in order). next.config.ts
// reads it at build time and bakes it into the server as JQT_SCHEMA_MIGRATION, so a built server
// knows it without a migrations folder beside it; tests and scripts read the folder.
import { readdirSync } from "node:fs";
import path from "node:path";

const MIGRATION_FOLDER = /^\d{14}_[a-z0-9_]+$/;

/** The newest migration folder's name in dir, or null when there is none. */
export function newestMigrationIn(dir: string): string | null {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && MIGRATION_FOLDER.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return names.at(-1) ?? null;
}

/** The migration the database must have applied for this server to be ready. */
export function expectedMigration(): string | null {
  // Spelled out as process.env.NAME: only that form is replaced by the build's value.
  return process.env.JQT_SCHEMA_MIGRATION?.trim() || newestMigrationIn(path.resolve("prisma/migrations"));
}
