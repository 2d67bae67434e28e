import { defineConfig } from "prisma/config";

// Only `prisma generate` runs through the CLI here; migrations are applied by scripts/db-migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
