// Gives every integration test file a database of its own, migrated and empty: an in-memory PGlite
// by default, or a freshly created database on the server named by DATABASE_URL.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import pg from "pg";
import { closePglite, openPglite } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { getDb, resetDb } from "@/lib/db";

const serverUrl = process.env.DATABASE_URL;
let databaseName: string | null = null;

beforeAll(async () => {
  if (serverUrl) {
    databaseName = `jqt_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${databaseName}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    process.env.DATABASE_URL = url.toString();
    await applyMigrations({ kind: "postgres", url: process.env.DATABASE_URL });
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
    await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  } else {
    await closePglite("memory://");
  }
});

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
