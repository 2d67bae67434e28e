// The round trip of `npm run backup` and `npm run restore` on PostgreSQL (skipped on the embedded
// database, which they do not serve): the demo county with attachments is backed up, restored into
// a fresh database and store, and every table's row count and content and every file's SHA-256 are
// compared. The scripts run as operators run them: plain Node 24, no tsx. Under `npm run test:s3`
// the attachments go through the S3 store (source and target under different key prefixes).
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { attachmentRows, prepareUploads } from "@/lib/attachments/store";
import { getStorage, readWhole, storageTarget, type AttachmentStorage } from "@/lib/attachments/storage";
import { setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";

const onPostgres = Boolean(process.env.DATABASE_URL);
const hasPgTools = spawnSync(process.env.PG_DUMP || "pg_dump", ["--version"]).status === 0;
const viaS3 = storageTarget().kind === "s3";

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const pdf = (body: Uint8Array) =>
  Uint8Array.from([...new TextEncoder().encode("%PDF-1.4\n"), ...body, ...new TextEncoder().encode("\n%%EOF\n")]);
const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function inDatabase(url: string, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Per table: its row count and the sum of a hash of every row's text, so any changed row shows. */
async function tableFingerprints(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    url,
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text AS print FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  return Object.fromEntries((await query<{ name: string; print: string }>(url, sql)).map((r) => [r.name, r.print]));
}

async function fileHashes(storage: AttachmentStorage): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for await (const entry of storage.list()) hashes[entry.key] = sha256((await storage.read(entry.key))!);
  return hashes;
}

describe.skipIf(!onPostgres || !hasPgTools)("backup and restore", () => {
  let work: string;
  let restoreClock: () => void;
  let sourceOwner: string;
  let sourceRuntime: string;
  let targetOwner: string;
  let targetRuntime: string;
  let targetDatabase: string;
  const sourceStore: Record<string, string> = {};
  const targetStore: Record<string, string> = {};

  const run = (script: string, args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join("scripts", script), ...args], {
      env: { ...process.env, ...env },
      encoding: "utf8",
      timeout: 120_000,
    });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "jqt-backup-"));
    // This file's database, as setup-db made it; the owner creates the restore target beside it.
    sourceRuntime = process.env.DATABASE_URL!;
    sourceOwner = process.env.MIGRATION_DATABASE_URL || sourceRuntime;
    targetDatabase = `${new URL(sourceOwner).pathname.slice(1)}_restored`;
    targetOwner = inDatabase(sourceOwner, targetDatabase);
    targetRuntime = inDatabase(sourceRuntime, targetDatabase);
    await query(sourceOwner, `CREATE DATABASE "${targetDatabase}"`);

    if (viaS3) {
      const run = randomBytes(4).toString("hex");
      sourceStore.ATTACHMENT_S3_PREFIX = `backup-${run}/source/`;
      targetStore.ATTACHMENT_S3_PREFIX = `backup-${run}/target/`;
    } else {
      sourceStore.UPLOAD_DIR = path.join(work, "uploads");
      targetStore.UPLOAD_DIR = path.join(work, "restored-uploads");
    }
    Object.assign(process.env, sourceStore);

    restoreClock = setClock("2026-03-10T10:00:00+08:00");
    await loadDemo();
    const liaison = await sessionUserOf("liaison1");
    const ticket = await getDb().ticket.findFirstOrThrow({ where: { bureauId: liaison.bureauId } });
    const prepared = await prepareUploads([
      file(PNG, "现场.png"),
      file(pdf(randomBytes(2 * 1024 * 1024)), "整改报告.pdf"),
      file(pdf(new TextEncoder().encode("small")), "回执.pdf"),
    ]);
    await getDb().attachment.createMany({
      data: attachmentRows(prepared, { bureauId: liaison.bureauId, uploadedById: liaison.id, ticketId: ticket.id }),
    });
  });

  afterAll(async () => {
    restoreClock?.();
    for (const name of Object.keys(sourceStore)) delete process.env[name];
    if (targetOwner) await query(sourceOwner, `DROP DATABASE IF EXISTS "${targetDatabase}" WITH (FORCE)`);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("restores every row and file into a fresh database and store, and refuses a second time unless forced", async () => {
    const backup = run("backup.ts", ["--out", path.join(work, "backups")], {
      DATABASE_URL: sourceRuntime,
      MIGRATION_DATABASE_URL: sourceOwner,
      ...sourceStore,
    });
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    const [folder] = await readdir(path.join(work, "backups"));
    expect(folder).toMatch(/^jqt-\d{8}T\d{6}Z$/);
    const backupFolder = path.join(work, "backups", folder!);

    const target = { DATABASE_URL: targetRuntime, MIGRATION_DATABASE_URL: targetOwner, ...targetStore };
    const restored = run("restore.ts", [backupFolder], target);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);

    const before = await tableFingerprints(sourceOwner);
    expect(Object.keys(before)).toContain("Attachment");
    expect(await tableFingerprints(targetOwner)).toEqual(before);

    const sourceFiles = await fileHashes(getStorage(storageTarget({ ...process.env, ...sourceStore })));
    const targetFiles = await fileHashes(getStorage(storageTarget({ ...process.env, ...targetStore })));
    expect(Object.keys(sourceFiles)).toHaveLength(3);
    expect(targetFiles).toEqual(sourceFiles);
    // And they are the files the rows describe.
    const rows = await query<{ storageKey: string; sha256: string }>(
      targetOwner,
      `SELECT "storageKey", sha256 FROM "Attachment"`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.storageKey, r.sha256]))).toEqual(targetFiles);

    // The runtime role works on the restored database as on a migrated one.
    const [users] = await query<{ n: string }>(targetRuntime, `SELECT count(*) AS n FROM "User"`);
    expect(Number(users!.n)).toBeGreaterThan(0);
    await expect(query(targetRuntime, `DELETE FROM "AuditEvent"`)).rejects.toThrow();

    const again = run("restore.ts", [backupFolder], target);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/refusing to restore: the database has \d+ table\(s\) and the store .* has files/);

    const forced = run("restore.ts", [backupFolder, "--force"], target);
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    expect(await tableFingerprints(targetOwner)).toEqual(before);
    const targetStorage = getStorage(storageTarget({ ...process.env, ...targetStore }));
    expect(await fileHashes(targetStorage)).toEqual(sourceFiles);
    const png = Object.keys(sourceFiles).find((key) => sourceFiles[key] === sha256(PNG))!;
    expect(await readWhole((await targetStorage.open(png))!)).toEqual(PNG);
  });

  it("refuses without DATABASE_URL, pointing the embedded database to a folder copy", () => {
    const refused = run("backup.ts", ["--out", path.join(work, "none")], {
      DATABASE_URL: "",
      MIGRATION_DATABASE_URL: "",
    });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/copy PGLITE_DIR and UPLOAD_DIR/);
  });
});
