import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, createMigration } from "../../lib/db/migrate";

const schemaPath = fileURLToPath(new URL("../fixtures/migrate/schema.prisma", import.meta.url));
// Read at import, before the shared setup file repoints DATABASE_URL at its per-file database.
// Migrations run as the owner role where there is one (the runtime role may create nothing).
const databaseUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;

// Each createMigration boots a PGlite shadow database (~1-2 s).
describe("offline migrations (wasm schema engine)", { timeout: 60_000 }, () => {
  let tmp: string;
  let migrationsDir: string;
  let folder: string;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "migrate-test-"));
    migrationsDir = path.join(tmp, "migrations");
    const created = await createMigration("init", { schemaPath, migrationsDir });
    if (!created) throw new Error("createMigration returned null for a fresh migrations folder");
    folder = created;
  }, 60_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it("writes the standard migration layout", async () => {
    expect(path.dirname(folder)).toBe(migrationsDir);
    expect(path.basename(folder)).toMatch(/^\d{14}_init$/);
    const sql = await readFile(path.join(folder, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TYPE "Role" AS ENUM ('MEMBER', 'ADMIN');`);
    expect(sql).toContain(`CREATE TABLE "Member"`);
    expect(sql).toContain(`CREATE INDEX "Member_teamId_email_idx"`);
    expect(sql).toContain(`FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE`);
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("returns null when the schema matches the migrations", async () => {
    expect(await createMigration("again", { schemaPath, migrationsDir })).toBeNull();
    expect(existsSync(path.join(migrationsDir, "again"))).toBe(false);
  });

  it("finds the project's own schema and migrations in step", async () => {
    // A copy, so that a difference found is written there and not into prisma/migrations. A partial
    // index's predicate must be written as PostgreSQL prints it back, or every new migration drops
    // and re-creates the index (prisma/schema.prisma, Ticket_open_place_idx).
    const copy = path.join(tmp, "project-migrations");
    await cp(fileURLToPath(new URL("../../prisma/migrations", import.meta.url)), copy, { recursive: true });
    const schema = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));
    expect(await createMigration("drift", { schemaPath: schema, migrationsDir: copy })).toBeNull();
  });

  it("rejects names that are not lowercase/digits/underscore", async () => {
    await expect(createMigration("../escape", { schemaPath, migrationsDir })).rejects.toThrow(/invalid migration name/);
  });

  it("applies to PGlite once and leaves the instance open", async () => {
    const pglite = await PGlite.create();
    try {
      expect(await applyMigrations({ kind: "pglite", pglite }, migrationsDir)).toEqual([path.basename(folder)]);
      expect(await applyMigrations({ kind: "pglite", pglite }, migrationsDir)).toEqual([]);
      expect(pglite.closed).toBe(false);

      const tables = await pglite.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual(["Member", "Team", "_prisma_migrations"]);
      await expectChecksumMatches((sql) => pglite.query<{ checksum: string }>(sql).then((r) => r.rows));
    } finally {
      await pglite.close();
    }
  });

  it("reports a failing migration instead of recording it as applied", async () => {
    const pglite = await PGlite.create();
    try {
      const badDir = path.join(tmp, "bad-migrations");
      await cp(migrationsDir, badDir, { recursive: true });
      await mkdir(path.join(badDir, "29990101000000_bad"));
      await writeFile(
        path.join(badDir, "29990101000000_bad", "migration.sql"),
        'CREATE TABLE "T" (id int);\nSELECT no_such_fn();\n',
      );

      await expect(applyMigrations({ kind: "pglite", pglite }, badDir)).rejects.toThrow(/no_such_fn/);
      const rows = await pglite.query<{ finished_at: Date | null }>(
        "SELECT finished_at FROM _prisma_migrations WHERE migration_name = '29990101000000_bad'",
      );
      expect(rows.rows).toEqual([{ finished_at: null }]);
    } finally {
      await pglite.close();
    }
  });

  it.skipIf(!databaseUrl)("applies to a fresh PostgreSQL database", async () => {
    const adminUrl = new URL(databaseUrl!);
    adminUrl.pathname = "/postgres";
    const dbName = `migrate_test_${randomBytes(6).toString("hex")}`;
    const targetUrl = new URL(databaseUrl!);
    targetUrl.pathname = `/${dbName}`;

    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    try {
      const target = { kind: "postgres", url: targetUrl.toString() } as const;
      expect(await applyMigrations(target, migrationsDir)).toEqual([path.basename(folder)]);
      expect(await applyMigrations(target, migrationsDir)).toEqual([]);

      const client = new pg.Client({ connectionString: targetUrl.toString() });
      await client.connect();
      try {
        const tables = await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
        );
        expect(tables.rows.map((row) => row.table_name)).toEqual(["Member", "Team", "_prisma_migrations"]);
        await expectChecksumMatches((sql) => client.query<{ checksum: string }>(sql).then((r) => r.rows));
      } finally {
        await client.end();
      }
    } finally {
      // FORCE: a leaked connection must not leave test databases behind.
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    }
  });

  /** The convention `prisma migrate deploy` checks: sha256 hex of migration.sql. */
  async function expectChecksumMatches(query: (sql: string) => Promise<{ checksum: string }[]>): Promise<void> {
    const sql = await readFile(path.join(folder, "migration.sql"));
    const rows = await query("SELECT checksum FROM _prisma_migrations");
    expect(rows).toEqual([{ checksum: createHash("sha256").update(sql).digest("hex") }]);
  }
});
