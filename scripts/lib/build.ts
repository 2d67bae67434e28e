// Builds the production server when its sources changed since the last build: what `npm run build`
// does (Next's standalone output, then scripts/standalone.mjs), skipped when a stamp of the inputs'
// hash says the build in .next is current. `npm start` and the two-server test use it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashFiles } from "./source-hash.ts";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "prisma/schema.prisma",
  // The newest migration's name is baked into the build (next.config.ts, for /api/ready).
  "prisma/migrations",
  "proxy.ts",
  "instrumentation.ts",
  "types",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const isTestFile = (rel: string) => /\.test\.tsx?$/.test(rel) || rel.startsWith(path.join("lib", "db", "generated"));

/** Returns whether it built; exits the process when the build fails. */
export function ensureBuild(root: string, env: NodeJS.ProcessEnv, log: (message: string) => void): boolean {
  const buildHash = hashFiles(root, BUILD_INPUTS, isTestFile);
  const stamp = path.join(root, ".next", "source-hash");
  // A build from before the standalone output has no serve script in it.
  const complete = existsSync(path.join(root, ".next", "standalone", "scripts", "serve.mjs"));
  if (complete && existsSync(stamp) && readFileSync(stamp, "utf8") === buildHash) {
    log("build is current");
    return false;
  }
  log("building (sources changed)…");
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  for (const args of [[nextBin, "build"], [path.join(root, "scripts", "standalone.mjs")]]) {
    const build = spawnSync(process.execPath, args, { stdio: "inherit", env, cwd: root });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, buildHash);
  return true;
}
