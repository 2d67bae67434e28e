// `npm run backup -- [--out FOLDER]`: one timestamped folder (FOLDER, else BACKUP_DIR, else ./backups)
// holding the PostgreSQL database in pg_dump's custom format, every stored attachment, and
// manifest.json with the row count of every table and the SHA-256 of every file. The counts are taken
// in the very snapshot pg_dump reads, so they describe the dump exactly even while the portal serves.
// Reads as MIGRATION_DATABASE_URL's role (the table owner; the runtime role may not read all of the
// migration history), else DATABASE_URL's; the store is the one the server uses (UPLOAD_DIR or
// ATTACHMENT_S3_*). The folder appears under its name only when complete (written as *.partial).
// Plain erasable TypeScript: Node 24 runs it without tsx, on a production install too.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeTarget, openStorage, storageTarget } from "../lib/attachments/storage-target.ts";
import {
  countRows,
  databaseUrls,
  DUMP,
  fileInBackup,
  FORMAT,
  hashFile,
  latestMigration,
  MANIFEST,
  type Manifest,
  runPgTool,
  saveFile,
  withClient,
} from "./lib/backup-format.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const { owner } = databaseUrls();
  const parent = path.resolve(values.out || process.env.BACKUP_DIR?.trim() || "backups");
  const createdAt = new Date();
  const name = `jqt-${createdAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}`;
  const folder = path.join(parent, name);
  const partial = `${folder}.partial`;
  await mkdir(partial, { recursive: true });

  try {
    // One read-only snapshot for the counts, the referenced keys and pg_dump (--snapshot), held open
    // until the dump is written.
    const database = await withClient(owner, async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
        const rowCounts = await countRows(client);
        const migration = await latestMigration(client);
        const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
        const referenced =
          "Attachment" in rowCounts
            ? (await client.query<{ key: string }>(`SELECT "storageKey" AS key FROM "Attachment"`)).rows.map(
                (r) => r.key,
              )
            : [];
        await runPgTool(
          "pg_dump",
          [
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            `--snapshot=${rows[0]!.id}`,
            `--file=${path.join(partial, DUMP)}`,
          ],
          owner,
        );
        return { rowCounts, migration, version, referenced };
      } finally {
        await client.query("COMMIT");
      }
    });

    // Files stored after the snapshot come along too: an unreferenced file does no harm.
    const target = storageTarget();
    const storage = openStorage(target);
    const files: Manifest["attachments"]["files"] = [];
    let bytes = 0;
    for await (const entry of storage.list()) {
      const file = await storage.open(entry.key);
      if (!file) continue; // removed since the listing
      const sha256 = await saveFile(file, fileInBackup(partial, entry.key));
      files.push({ key: entry.key, size: file.size, sha256 });
      bytes += file.size;
    }
    files.sort((a, b) => a.key.localeCompare(b.key));
    const saved = new Set(files.map((f) => f.key));
    const missing = database.referenced.filter((key) => !saved.has(key)).sort();

    const manifest: Manifest = {
      format: FORMAT,
      createdAt: createdAt.toISOString(),
      database: {
        file: DUMP,
        sha256: await hashFile(path.join(partial, DUMP)),
        serverVersion: database.version,
        latestMigration: database.migration,
        rowCounts: database.rowCounts,
      },
      attachments: { source: describeTarget(target), count: files.length, bytes, files, missing },
    };
    await writeFile(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(partial, folder);

    const rows = Object.values(database.rowCounts).reduce((sum, n) => sum + n, 0);
    console.log(
      `backup written to ${folder}: ${Object.keys(database.rowCounts).length} tables, ${rows} rows, ` +
        `${files.length} attachments (${bytes} bytes)`,
    );
    if (missing.length) console.warn(`warning: ${missing.length} attachment(s) named in the database were not stored`);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
