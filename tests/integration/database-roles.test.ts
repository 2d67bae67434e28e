// The runtime role the server connects as cannot rewrite the audit log by any of the ways a table
// owner or superuser could, while the app's ordinary writes (audit rows included) work.
// Runs on PostgreSQL with both roles (DATABASE_URL the runtime role, MIGRATION_DATABASE_URL the owner).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AUDIT_BYPASS_ATTEMPTS, tryAuditBypasses } from "@/lib/db/roles";

const twoRoles = Boolean(process.env.DATABASE_URL && process.env.MIGRATION_DATABASE_URL);

describe.skipIf(!twoRoles)("database roles", () => {
  it("lets the runtime role write and append to the audit log, but not change it", async () => {
    const db = getDb();
    const event = await db.auditEvent.create({
      data: { action: "test.write", entity: "Ticket", entityId: "t1", after: { status: "SUBMITTED" } },
    });
    await db.bureau
      .create({ data: { name: "权限测试局", nameEn: "Role test bureau", code: "ROLE-TEST" } })
      .catch((error: unknown) => {
        throw new Error(`an ordinary write failed as the runtime role: ${String(error)}`);
      });

    const results = await tryAuditBypasses(process.env.DATABASE_URL!);
    expect(results.map((r) => r.name)).toEqual(AUDIT_BYPASS_ATTEMPTS.map((a) => a.name));
    for (const result of results) {
      expect(result.refusedWith, result.name).toMatch(/^42501 /); // insufficient_privilege
    }

    const after = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.action).toBe("test.write");
  });

  it("lets the runtime role read which migrations finished, and nothing else of their history", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const finished = await client.query(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      expect(finished.rowCount).toBeGreaterThan(0);
      const refused = async (sql: string) => {
        const error = await client.query(sql).then(
          () => null,
          (e: { code?: string }) => e,
        );
        return error?.code;
      };
      expect(await refused(`SELECT logs FROM "_prisma_migrations"`)).toBe("42501");
      expect(await refused(`SELECT checksum FROM "_prisma_migrations"`)).toBe("42501");
      expect(await refused(`SELECT * FROM "_prisma_migrations"`)).toBe("42501");
      expect(await refused(`UPDATE "_prisma_migrations" SET finished_at = now()`)).toBe("42501");
      expect(await refused(`DELETE FROM "_prisma_migrations"`)).toBe("42501");
      expect(
        await refused(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', '29990101000000_forged')`,
        ),
      ).toBe("42501");
    } finally {
      await client.end();
    }
  });

  it("gives the runtime role no superuser power and no ownership", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const role = await client.query(
        "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user",
      );
      expect(role.rows[0]).toEqual({
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolreplication: false,
        rolbypassrls: false,
      });
      const owned = await client.query(
        `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
      );
      expect(owned.rows[0].n).toBe(0);
      const grants = await client.query(
        `SELECT privilege_type FROM information_schema.role_table_grants
         WHERE table_name = 'AuditEvent' AND grantee = current_user ORDER BY privilege_type`,
      );
      expect(grants.rows.map((r: { privilege_type: string }) => r.privilege_type)).toEqual(["INSERT", "SELECT"]);
    } finally {
      await client.end();
    }
  });

  it("lets the runtime role work the job queue's rows, and not change its tables", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`SELECT pgboss.create_queue('roles-test', '{"policy":"standard"}'::jsonb)`);
      await client.query(`INSERT INTO pgboss.job (name, data) VALUES ('roles-test', '{}')`);
      expect((await client.query(`DELETE FROM pgboss.job WHERE name = 'roles-test'`)).rowCount).toBe(1);
      const refused = async (sql: string) =>
        client.query(sql).then(
          () => null,
          (e: { code?: string }) => e.code,
        );
      expect(await refused(`CREATE TABLE pgboss.extra (id int)`)).toBe("42501");
      expect(await refused(`ALTER TABLE pgboss.job ADD COLUMN extra int`)).toBe("42501");
      expect(await refused(`DROP TABLE pgboss.version`)).toBe("42501");
      expect(await refused(`CREATE SCHEMA jobs_elsewhere`)).toBe("42501");
    } finally {
      await client.end();
    }
  });
});
