// Gives every integration test file a database of its own, migrated and empty: an in-memory PGlite
// by default, or a freshly created database on the server named by DATABASE_URL. With
// MIGRATION_DATABASE_URL set too (as in CI), that owner role creates and migrates the database and
// the tests run as DATABASE_URL's runtime role, the way the server does.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import pg from "pg";
import { closePglite, openPglite } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { grantRuntimeRole } from "@/lib/db/roles";
import { getDb, resetDb } from "@/lib/db";

const serverUrl = process.env.DATABASE_URL;
const ownerServerUrl = process.env.MIGRATION_DATABASE_URL || serverUrl;
let databaseName: string | null = null;

beforeAll(async () => {
  if (serverUrl && ownerServerUrl) {
    databaseName = `jqt_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${databaseName}"`);
    const ownerUrl = inDatabase(ownerServerUrl, databaseName);
    const runtimeUrl = inDatabase(serverUrl, databaseName);
    await applyMigrations({ kind: "postgres", url: ownerUrl });
    await grantRuntimeRole(ownerUrl, runtimeUrl);
    process.env.DATABASE_URL = runtimeUrl;
    if (process.env.MIGRATION_DATABASE_URL) process.env.MIGRATION_DATABASE_URL = ownerUrl;
  } else {
    process.env.PGLITE_DIR = "memory://";
    await applyMigrations({ kind: "pglite", pglite: openPglite("memory://") });
  }
  resetDb();
});

afterAll(async () => {
  await getDb().$disconnect();
  resetDb();
  if (databaseName) {
    process.env.DATABASE_URL = serverUrl;
    if (process.env.MIGRATION_DATABASE_URL) process.env.MIGRATION_DATABASE_URL = ownerServerUrl;
    await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  } else {
    await closePglite("memory://");
  }
});

function inDatabase(url: string, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: ownerServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
