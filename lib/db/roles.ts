// Two PostgreSQL roles instead of one superuser: the migration owner owns every table and applies
// migrations; the runtime role the server connects as owns nothing and has no superuser or
// role-creating power. Only an owner or a superuser may disable or drop a trigger, and only a
// superuser may set session_replication_role, so the append-only trigger of the audit table and the
// missing UPDATE/DELETE grant on it hold against the server's own connection.
import pg from "pg";
import { JOB_SCHEMA } from "./job-schema.ts";

/** Tables the runtime role may read and append to but never change. */
export const APPEND_ONLY_TABLES = ["AuditEvent"] as const;

/** The role name in a postgres:// URL (its user name). */
export function roleOf(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error("the database URL names no user");
  return user;
}

/** "quoted" identifier. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * What the owner grants the runtime role after every migration (idempotent): read and write on every
 * table and sequence of the schema, only SELECT/INSERT on the append-only tables, and of the
 * migration history only SELECT on the three columns readiness reads. Default privileges cover
 * tables a later migration creates until this runs again.
 */
export function runtimeGrantStatements(
  runtimeRole: string,
  existingTables: ReadonlySet<string>,
  jobSchema: string | null = null,
): string[] {
  const role = ident(runtimeRole);
  const appendOnly = APPEND_ONLY_TABLES.filter((table) => existingTables.has(table));
  return [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    // Of the migration history only what /api/ready needs to tell that this build's migrations are
    // applied (lib/health/readiness.ts): no checksums, no failure logs, no writes.
    ...(existingTables.has("_prisma_migrations")
      ? [
          `REVOKE ALL ON TABLE "_prisma_migrations" FROM ${role}`,
          `GRANT SELECT (migration_name, finished_at, rolled_back_at) ON TABLE "_prisma_migrations" TO ${role}`,
        ]
      : []),
    ...appendOnly.map((table) => `REVOKE ALL ON TABLE ${ident(table)} FROM ${role}`),
    ...appendOnly.map((table) => `GRANT SELECT, INSERT ON TABLE ${ident(table)} TO ${role}`),
    ...(jobSchema ? jobQueueGrantStatements(runtimeRole, jobSchema) : []),
  ];
}

/**
 * The job queue's schema (lib/db/job-schema.ts): the servers enqueue, fetch, complete and clean up
 * jobs (rows only) and call its functions; creating, altering or reindexing its tables stays the
 * owner's, in the migration step.
 */
export function jobQueueGrantStatements(runtimeRole: string, jobSchema: string): string[] {
  const role = ident(runtimeRole);
  const schema = ident(jobSchema);
  return [
    `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${role}`,
  ];
}

/**
 * Applies runtimeGrantStatements as the owner (ownerUrl) to runtimeUrl's role in one transaction;
 * nothing to do when both URLs are the same role (a single-role set-up).
 */
export async function grantRuntimeRole(ownerUrl: string, runtimeUrl: string): Promise<void> {
  if (ownerUrl === runtimeUrl) return;
  const runtimeRole = roleOf(runtimeUrl);
  if (runtimeRole === roleOf(ownerUrl)) return;
  await withClient(ownerUrl, async (client) => {
    await client.query("BEGIN");
    try {
      const { rows } = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
      );
      const tables = new Set(rows.map((row) => row.tablename));
      const jobs = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [JOB_SCHEMA]);
      const jobSchema = jobs.rowCount ? JOB_SCHEMA : null;
      for (const sql of runtimeGrantStatements(runtimeRole, tables, jobSchema)) await client.query(sql);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

export type RolePlan = { adminUrl: string; ownerUrl: string; runtimeUrl: string };

/**
 * Run once by an operator with a superuser (adminUrl): creates or updates both login roles with the
 * passwords in their URLs, creates the database named in ownerUrl if missing, and hands it, its
 * public schema and every object already in it to the owner (a database that the server used to
 * reach as a superuser keeps its data). Idempotent.
 */
export async function createRoles(plan: RolePlan, options: { ownerMayCreateDatabases?: boolean } = {}) {
  const owner = roleOf(plan.ownerUrl);
  const runtime = roleOf(plan.runtimeUrl);
  if (owner === runtime) throw new Error("the migration owner and the runtime role must be different roles");
  const database = decodeURIComponent(new URL(plan.ownerUrl).pathname.slice(1));
  if (!database) throw new Error("MIGRATION_DATABASE_URL names no database");
  if (database !== decodeURIComponent(new URL(plan.runtimeUrl).pathname.slice(1))) {
    throw new Error("DATABASE_URL and MIGRATION_DATABASE_URL must name the same database");
  }

  await withClient(plan.adminUrl, async (admin) => {
    const ownerOptions = `LOGIN NOSUPERUSER ${options.ownerMayCreateDatabases ? "CREATEDB" : "NOCREATEDB"} NOCREATEROLE NOREPLICATION NOBYPASSRLS`;
    await upsertRole(admin, owner, ownerOptions, new URL(plan.ownerUrl).password);
    await upsertRole(
      admin,
      runtime,
      "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT",
      new URL(plan.runtimeUrl).password,
    );
    // A runtime role that is a member of the owner would inherit or SET ROLE to its ownership.
    const { rows } = await admin.query(
      `SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
       WHERE u.rolname = $1`,
      [runtime],
    );
    for (const { rolname } of rows as { rolname: string }[]) {
      await admin.query(`REVOKE ${ident(rolname)} FROM ${ident(runtime)}`);
    }
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(owner)}`);
    else await admin.query(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(owner)}`);
  });

  const inDatabase = new URL(plan.adminUrl);
  inDatabase.pathname = `/${encodeURIComponent(database)}`;
  await withClient(inDatabase.toString(), async (admin) => {
    await admin.query(`ALTER SCHEMA public OWNER TO ${ident(owner)}`);
    await admin.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${ident(runtime)}`);
    // Tables, sequences, views and functions made earlier by another role (e.g. a superuser).
    await admin.query(
      `DO $$
       DECLARE o record;
       BEGIN
         FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                    AND pg_get_userbyid(c.relowner) <> ${literal(owner)}
         LOOP
           IF o.relkind = 'S' THEN
             -- A sequence owned by a column follows its table.
             IF NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
                            WHERE s.relname = o.relname AND d.deptype IN ('a', 'i')) THEN
               EXECUTE format('ALTER SEQUENCE public.%I OWNER TO %I', o.relname, ${literal(owner)});
             END IF;
           ELSE
             EXECUTE format('ALTER TABLE public.%I OWNER TO %I', o.relname, ${literal(owner)});
           END IF;
         END LOOP;
         FOR o IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> ${literal(owner)}
         LOOP
           EXECUTE format('ALTER FUNCTION %s OWNER TO %I', o.sig, ${literal(owner)});
         END LOOP;
         FOR o IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname = 'public' AND t.typtype = 'e' AND pg_get_userbyid(t.typowner) <> ${literal(owner)}
         LOOP
           EXECUTE format('ALTER TYPE public.%I OWNER TO %I', o.typname, ${literal(owner)});
         END LOOP;
       END $$`,
    );
  });
  // A database that already has its tables gets the runtime grants now, not only after the next migration.
  await grantRuntimeRole(plan.ownerUrl, plan.runtimeUrl);
}

/** The ways a table owner or superuser could rewrite the audit log, each of which the runtime role must be refused. */
export const AUDIT_BYPASS_ATTEMPTS: { name: string; sql: string }[] = [
  { name: "UPDATE an audit row", sql: `UPDATE "AuditEvent" SET "action" = 'tampered'` },
  { name: "DELETE audit rows", sql: `DELETE FROM "AuditEvent"` },
  { name: "TRUNCATE the audit table", sql: `TRUNCATE "AuditEvent"` },
  { name: "SET session_replication_role = replica", sql: "SET session_replication_role = replica" },
  {
    name: "SET LOCAL session_replication_role = replica",
    sql: "BEGIN; SET LOCAL session_replication_role = replica; COMMIT",
  },
  {
    name: "ALTER TABLE … DISABLE TRIGGER",
    sql: `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`,
  },
  { name: "ALTER TABLE … DISABLE TRIGGER ALL", sql: `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL` },
  { name: "DROP TRIGGER", sql: `DROP TRIGGER "AuditEvent_no_update_delete" ON "AuditEvent"` },
  { name: "DROP the trigger function", sql: `DROP FUNCTION "audit_event_append_only"() CASCADE` },
];

/**
 * Tries every audit bypass on a connection made with url; returns each attempt with the error
 * PostgreSQL gave (null when it was allowed, which must never happen for the runtime role).
 */
export async function tryAuditBypasses(url: string): Promise<{ name: string; refusedWith: string | null }[]> {
  const results: { name: string; refusedWith: string | null }[] = [];
  for (const attempt of AUDIT_BYPASS_ATTEMPTS) {
    results.push(
      await withClient(url, async (client) => {
        try {
          await client.query(attempt.sql);
          return { name: attempt.name, refusedWith: null };
        } catch (error) {
          const e = error as { code?: string; message?: string };
          return { name: attempt.name, refusedWith: `${e.code ?? "?"} ${e.message ?? String(error)}` };
        }
      }),
    );
  }
  return results;
}

async function upsertRole(admin: pg.Client, role: string, options: string, password: string) {
  const exists = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const passwordClause = password ? ` PASSWORD ${literal(decodeURIComponent(password))}` : "";
  await admin.query(`${exists.rowCount ? "ALTER" : "CREATE"} ROLE ${ident(role)} ${options}${passwordClause}`);
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
