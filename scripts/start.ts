// `npm start`: migrate the database, load the demo county on first start, build when the sources
// changed, then serve the portal. Everything a fresh clone needs, with no database server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { resolveSecret } from "./lib/secret.ts";
import { hashFiles } from "./lib/source-hash.ts";

const root = process.cwd();
const started = Date.now();
const log = (message: string) => console.log(`[start +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

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

async function main() {
  const port = process.env.PORT ?? "3000";
  const dataRoot = path.resolve(process.env.PGLITE_DIR ? path.dirname(process.env.PGLITE_DIR) : ".data");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: resolveSecret(process.env, dataRoot),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  Object.assign(process.env, env);

  log(`database: ${await prepareDatabase({ demo: process.env.DEMO_DATA !== "0" })}`);

  const buildHash = hashFiles(root, BUILD_INPUTS, isTestFile);
  const stamp = path.join(root, ".next", "source-hash");
  // A build from before the standalone output has no serve script in it.
  const complete = existsSync(path.join(root, ".next", "standalone", "scripts", "serve.mjs"));
  if (!complete || !existsSync(stamp) || readFileSync(stamp, "utf8") !== buildHash) {
    log("building (sources changed)…");
    // What `npm run build` does: Next's standalone output, then the files it leaves out.
    for (const args of [[nextBin(), "build"], [path.join(root, "scripts", "standalone.mjs")]]) {
      const build = spawnSync(process.execPath, args, { stdio: "inherit", env });
      if (build.status !== 0) process.exit(build.status ?? 1);
    }
    mkdirSync(path.dirname(stamp), { recursive: true });
    writeFileSync(stamp, buildHash);
  } else {
    log("build is current");
  }

  log(`serving on http://localhost:${port}`);
  // The same server as `npm run serve`, which also accepts the embedded database here.
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    stdio: "inherit",
    env: { ...env, PORT: port, SERVE_EMBEDDED_DB: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

function nextBin(): string {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
