import path from "node:path";
import { createMigration } from "../lib/db/migrate";

// Usage: npx tsx scripts/db-new-migration.ts <name>
// Diffs prisma/migrations against prisma/schema.prisma and writes the next migration folder.
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = args[0];
  if (args.length !== 1 || !name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npx tsx scripts/db-new-migration.ts <name>   (name: lowercase letters, digits, underscore)");
    process.exitCode = 2;
    return;
  }
  const folder = await createMigration(name);
  console.log(folder ? path.relative(process.cwd(), folder) : "no schema changes");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
