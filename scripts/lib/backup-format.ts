// What a backup folder holds and how both halves of `npm run backup` / `npm run restore` read a
// database and a store. Plain erasable TypeScript: Node 24 runs it without tsx on a production install.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { exactSizeStream, type StoredFile } from "../../lib/attachments/storage-contract.ts";
import { Readable } from "node:stream";

export const MANIFEST = "manifest.json";
export const DUMP = "database.dump";
export const FILES = "attachments";
export const FORMAT = "jqt-backup/1";

export type Manifest = {
  format: typeof FORMAT;
  createdAt: string;
  database: {
    file: typeof DUMP;
    sha256: string;
    serverVersion: string;
    latestMigration: string | null;
    /** Rows per table, counted in the snapshot the dump was taken from. */
    rowCounts: Record<string, number>;
  };
  attachments: {
    /** Where they were read from (a folder, or s3://bucket/prefix). */
    source: string;
    count: number;
    bytes: number;
    files: { key: string; size: number; sha256: string }[];
    /** Keys the Attachment table names that the store did not have when the backup was made. */
    missing: string[];
  };
};

/** A key's file inside a backup folder, sharded as the local store shards it. */
export function fileInBackup(folder: string, key: string): string {
  return path.join(folder, FILES, ...key.split("/"));
}

/** The connection URL without its password, which goes to the child process in PGPASSWORD instead. */
export function splitPassword(url: string): { url: string; password: string | undefined } {
  const copy = new URL(url);
  const password = copy.password ? decodeURIComponent(copy.password) : undefined;
  copy.password = "";
  return { url: copy.toString(), password };
}

/** Runs pg_dump or pg_restore (PG_DUMP / PG_RESTORE override which) and fails with its last words. */
export async function runPgTool(tool: "pg_dump" | "pg_restore", args: string[], url: string): Promise<void> {
  const { url: bare, password } = splitPassword(url);
  const command = (tool === "pg_dump" ? process.env.PG_DUMP : process.env.PG_RESTORE) || tool;
  const env = { ...process.env, ...(password === undefined ? {} : { PGPASSWORD: password }) };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, [...args, `--dbname=${bare}`], { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on("error", (error) =>
      reject(new Error(`${command} could not be started (${error.message}): install the PostgreSQL client tools`)),
    );
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Base tables of the public schema, migration history included. */
export async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((row) => row.name);
}

export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quote(table)}`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

export async function latestMigration(client: pg.Client): Promise<string | null> {
  const tables = await publicTables(client);
  if (!tables.includes("_prisma_migrations")) return null;
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.name ?? null;
}

/** The tables whose counts differ, as "Table: expected → found". */
export function countDifferences(expected: Record<string, number>, found: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return names
    .filter((name) => expected[name] !== found[name])
    .map((name) => `${name}: ${expected[name] ?? "absent"} → ${found[name] ?? "absent"}`);
}

/** Writes a stored file into the backup folder and returns its SHA-256. */
export async function saveFile(file: StoredFile, target: string): Promise<string> {
  await mkdir(path.dirname(target), { recursive: true });
  const hash = createHash("sha256");
  await pipeline(
    exactSizeStream(file),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
      }
    },
    createWriteStream(target, { flags: "wx" }),
  );
  return hash.digest("hex");
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** A file of the backup folder as the store's `put` takes it: streamed, with its size. */
export async function fileForStore(file: string): Promise<StoredFile> {
  const { size } = await stat(file);
  return { size, body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array> };
}

/** The owner's URL (MIGRATION_DATABASE_URL, else DATABASE_URL) and the runtime role's, if any. */
export function databaseUrls(env: Record<string, string | undefined> = process.env) {
  const runtime = env.DATABASE_URL?.trim();
  const owner = env.MIGRATION_DATABASE_URL?.trim() || runtime;
  if (!owner || !runtime) {
    throw new Error(
      "DATABASE_URL is not set: backup and restore are for PostgreSQL (set DATABASE_URL, and MIGRATION_DATABASE_URL " +
        "to the table owner's URL). For the embedded database, stop the server and copy PGLITE_DIR and UPLOAD_DIR " +
        "(docs/deploy.md, Backup and restore).",
    );
  }
  return { owner, runtime };
}
