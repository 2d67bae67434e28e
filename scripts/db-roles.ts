// `npm run db:roles`: run once per database by an operator, with a superuser, before the first
// `npm start` on a PostgreSQL server. Creates (or updates) the migration owner named in
// MIGRATION_DATABASE_URL and the runtime role named in DATABASE_URL, with the passwords in those
// URLs, and the database; hands the database's objects to the owner. Idempotent.
//
//   DATABASE_ADMIN_URL=postgres://postgres@host/postgres \
//   MIGRATION_DATABASE_URL=postgres://jqt_owner:…@host/jqt \
//   DATABASE_URL=postgres://jqt_app:…@host/jqt npm run db:roles
import { createRoles } from "../lib/db/roles.ts";

const adminUrl = process.env.DATABASE_ADMIN_URL?.trim();
const ownerUrl = process.env.MIGRATION_DATABASE_URL?.trim();
const runtimeUrl = process.env.DATABASE_URL?.trim();

if (!adminUrl || !ownerUrl || !runtimeUrl) {
  console.error("set DATABASE_ADMIN_URL (a superuser), MIGRATION_DATABASE_URL (owner) and DATABASE_URL (runtime)");
  process.exit(2);
}

createRoles(
  { adminUrl, ownerUrl, runtimeUrl },
  // Test set-ups create a database per test file as the owner.
  { ownerMayCreateDatabases: process.env.DB_OWNER_CREATEDB === "1" },
)
  .then(() => {
    const owner = new URL(ownerUrl);
    const runtime = new URL(runtimeUrl);
    console.log(
      `roles ready: ${decodeURIComponent(owner.username)} owns ${owner.pathname.slice(1)}, ` +
        `${decodeURIComponent(runtime.username)} may read and write it (the audit log: read and append only)`,
    );
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
