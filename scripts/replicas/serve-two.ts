// Two production servers on one PostgreSQL database behind a round-robin proxy: what
// `npm run test:replicas` (playwright.replicas.config.ts) runs its browser journey against.
// It creates a fresh database with the migration owner and the runtime role on the server named by
// DATABASE_ADMIN_URL (the local PostgreSQL by default), loads the demo data, builds when the sources
// changed, starts both servers (scripts/serve.mjs) and the proxy on REPLICAS_PORT (3520), and on
// SIGTERM stops them and drops the database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createRoles } from "../../lib/db/roles.ts";
import { ensureBuild } from "../lib/build.ts";
import { prepareDatabase } from "../lib/prepare-database.ts";
import { roundRobinProxy } from "./round-robin.ts";

const root = process.cwd();
const PORT = Number(process.env.REPLICAS_PORT ?? 3520);
const ADMIN_URL = process.env.DATABASE_ADMIN_URL ?? "postgres://root@127.0.0.1:5432/postgres";
// Named by the port, so that the journey's tests can look into it too.
const database = `jqt_replicas_${PORT}`;
const started = Date.now();
const log = (message: string) => console.log(`[replicas +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

function serverUrl(user: string, password: string): string {
  const url = new URL(ADMIN_URL);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

async function dropDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function main() {
  await dropDatabase(); // left over by a run that was killed
  const ownerUrl = serverUrl("jqt_replicas_owner", "replicas-owner");
  const runtimeUrl = serverUrl("jqt_replicas_app", "replicas-app");
  await createRoles({ adminUrl: ADMIN_URL, ownerUrl, runtimeUrl });
  Object.assign(process.env, { DATABASE_URL: runtimeUrl, MIGRATION_DATABASE_URL: ownerUrl });
  log(`database ${database}: ${await prepareDatabase({ demo: true })}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: runtimeUrl,
    MIGRATION_DATABASE_URL: "",
    NEXTAUTH_SECRET: "two-replicas-secret-two-replicas-secret",
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    TRUSTED_PROXY_HOPS: "1",
    HOST: "127.0.0.1",
    // Both servers work the jobs; the deadline check every minute, so the journey sees it run.
    DEADLINE_CHECK_SCHEDULE: "* * * * *",
  };
  ensureBuild(root, env, log);

  const upstreams = [
    { name: "a", port: PORT + 1 },
    { name: "b", port: PORT + 2 },
  ];
  const servers: ChildProcess[] = upstreams.map(({ port }) =>
    spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
      stdio: "inherit",
      env: { ...env, PORT: String(port) },
    }),
  );
  const proxy = roundRobinProxy(upstreams).listen(PORT);
  log(`proxy on http://localhost:${PORT} → ${upstreams.map((u) => `${u.name}:${u.port}`).join(", ")}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    proxy.close();
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.exitCode !== null) return resolve();
            server.once("exit", () => resolve());
            server.kill("SIGTERM");
          }),
      ),
    );
    await dropDatabase().catch((error: unknown) => log(`could not drop ${database}: ${String(error)}`));
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
  for (const server of servers) server.on("exit", (code) => void stop(code ?? 1));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await dropDatabase().catch(() => undefined);
  process.exit(1);
});
