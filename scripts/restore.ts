// `npm run restore -- FOLDER [--force]`: puts a folder written by `npm run backup` back: the database
// into DATABASE_URL's database, restored as MIGRATION_DATABASE_URL's role (the table owner, which
// then grants the runtime role its rights as `npm run migrate` does), and the attachments into the
// configured store (UPLOAD_DIR or ATTACHMENT_S3_*). Refuses a database that has tables or a store
// that has files, unless --force: then the backup's tables replace those of the same name
// (pg_restore --clean) and its files replace those under the same key. Checks the dump's and every
// file's SHA-256 against the manifest before using them, and the restored row counts after.
// Plain erasable TypeScript: Node 24 runs it without tsx, on a production install too.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeTarget, openStorage, storageTarget } from "../lib/attachments/storage-target.ts";
import { JOB_SCHEMA } from "../lib/db/job-schema.ts";
import { grantRuntimeRole } from "../lib/db/roles.ts";
import {
  countDifferences,
  countRows,
  databaseUrls,
  fileForStore,
  fileInBackup,
  FORMAT,
  hashFile,
  MANIFEST,
  type Manifest,
  publicTables,
  runPgTool,
  withClient,
} from "./lib/backup-format.ts";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error("usage: npm run restore -- BACKUP_FOLDER [--force]");
  const folder = path.resolve(positionals[0]!);
  const force = Boolean(values.force);
  const { owner, runtime } = databaseUrls();

  const manifest = JSON.parse(await readFile(path.join(folder, MANIFEST), "utf8")) as Manifest;
  if (manifest.format !== FORMAT) throw new Error(`${folder} is not a backup this version reads (${manifest.format})`);
  const dump = path.join(folder, manifest.database.file);
  if ((await hashFile(dump)) !== manifest.database.sha256) throw new Error(`${dump} does not match its manifest`);

  const target = storageTarget();
  const storage = openStorage(target);
  const tables = await withClient(owner, publicTables);
  const listing = storage.list()[Symbol.asyncIterator]();
  const storeHasFiles = !(await listing.next()).done;
  await listing.return?.();
  if (!force && (tables.length || storeHasFiles)) {
    const what = [
      tables.length ? `the database has ${tables.length} table(s)` : "",
      storeHasFiles ? `the store ${describeTarget(target)} has files` : "",
    ].filter(Boolean);
    throw new Error(`refusing to restore: ${what.join(" and ")}; restore into empty ones, or pass --force`);
  }

  if (force && tables.length) {
    // The job queue's schema has partitioned tables whose inherited keys `--clean` cannot drop one by
    // one; it holds nothing but the queue, and the dump brings it back whole.
    await withClient(owner, (client) => client.query(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`));
  }
  await runPgTool(
    "pg_restore",
    [
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      ...(force && tables.length ? ["--clean", "--if-exists"] : []),
      dump,
    ],
    owner,
  );
  await grantRuntimeRole(owner, runtime);
  const differences = countDifferences(manifest.database.rowCounts, await withClient(owner, countRows));
  if (differences.length) throw new Error(`restored row counts differ from the backup's: ${differences.join("; ")}`);

  for (const file of manifest.attachments.files) {
    const source = fileInBackup(folder, file.key);
    if ((await hashFile(source)) !== file.sha256) throw new Error(`${source} does not match its manifest`);
    if (force) await storage.remove(file.key);
    await storage.put(file.key, await fileForStore(source));
  }

  const rows = Object.values(manifest.database.rowCounts).reduce((sum, n) => sum + n, 0);
  console.log(
    `restored ${folder} (taken ${manifest.createdAt}): ${rows} rows, ` +
      `${manifest.attachments.count} attachments into ${describeTarget(target)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
