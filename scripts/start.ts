// `npm start`: migrate the database, load the demo county on first start, build when the sources
// changed, then serve the portal. Everything a fresh clone needs, with no database server.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { resolveSecret } from "./lib/secret.ts";
import { ensureBuild } from "./lib/build.ts";

const root = process.cwd();
const started = Date.now();
const log = (message: string) => console.log(`[start +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

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

  ensureBuild(root, env, log);

  log(`serving on http://localhost:${port}`);
  // The same server as `npm run serve`, which also accepts the embedded database here.
  const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    stdio: "inherit",
    env: { ...env, PORT: port, SERVE_EMBEDDED_DB: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
