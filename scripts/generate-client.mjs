// Runs `prisma generate` offline. The Prisma CLI wants a native schema-engine binary at start-up
// that cannot be downloaded here; generate never uses it, so any existing file satisfies the check.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));
if (!existsSync(fileURLToPath(new URL("../prisma/schema.prisma", import.meta.url)))) {
  // `npm ci --omit=dev` in a built server's folder (docs/deploy.md): the client is compiled into the
  // build, and the folder has no schema to generate it from.
  console.log("no prisma/schema.prisma (a built server's folder): nothing to generate");
  process.exit(0);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
