// Second half of `npm run build`: completes .next/standalone, which `next build` leaves without the
// files a CDN would usually serve, into a folder that runs on its own. Copied in:
//   .next/static, public/        the browser's assets (the server serves them itself);
//   scripts/serve.mjs            `npm run serve`;
//   prisma/migrations and the migration code (plain TypeScript that Node 24 runs without tsx)
//                                `npm run migrate`;
//   scripts/backup.ts, scripts/restore.ts and the code they run (plain TypeScript too)
//                                `npm run backup`, `npm run restore`;
//   package.json, package-lock.json, scripts/generate-client.mjs
//                                `npm ci --omit=dev` in a copy of the folder.
// Ship the folder as it is, or copy it and run `npm ci --omit=dev` there (docs/deploy.md).
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const out = path.join(root, ".next", "standalone");
if (!existsSync(path.join(out, "server.js"))) {
  console.error(`${out}/server.js is missing: is output: "standalone" set in next.config.ts?`);
  process.exit(1);
}

const copies = [
  [".next/static", ".next/static"],
  ["public", "public"],
  ["prisma/migrations", "prisma/migrations"],
  ["scripts/serve.mjs", "scripts/serve.mjs"],
  ["scripts/db-migrate.ts", "scripts/db-migrate.ts"],
  ["scripts/generate-client.mjs", "scripts/generate-client.mjs"],
  ["lib/db/migrate.ts", "lib/db/migrate.ts"],
  ["lib/db/schema-engine.ts", "lib/db/schema-engine.ts"],
  ["lib/db/roles.ts", "lib/db/roles.ts"],
  ["lib/db/job-schema.ts", "lib/db/job-schema.ts"],
  ["scripts/backup.ts", "scripts/backup.ts"],
  ["scripts/restore.ts", "scripts/restore.ts"],
  ["scripts/lib/backup-format.ts", "scripts/lib/backup-format.ts"],
  ["lib/attachments/storage-contract.ts", "lib/attachments/storage-contract.ts"],
  ["lib/attachments/storage-target.ts", "lib/attachments/storage-target.ts"],
  ["lib/attachments/local-storage.ts", "lib/attachments/local-storage.ts"],
  ["lib/attachments/s3-storage.ts", "lib/attachments/s3-storage.ts"],
  ["lib/log/logger.ts", "lib/log/logger.ts"],
  ["lib/log/redaction.ts", "lib/log/redaction.ts"],
  ["package.json", "package.json"],
  ["package-lock.json", "package-lock.json"],
];
for (const [from, to] of copies) {
  const source = path.join(root, from);
  if (!existsSync(source)) continue; // public/ is optional
  const target = path.join(out, to);
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
}
console.log(`standalone server ready in ${path.relative(root, out)} (npm run serve)`);
