// A built server folder run as the operator runs it, for the scripts that check it from outside
// (npm run test:shutdown, npm run test:telemetry): a migrated database, then scripts/serve.mjs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createRoles } from "../../lib/db/roles.ts";
import { createCluster, type Cluster } from "../faults/cluster.ts";

export type Served = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the script `npm run serve` runs, directly, on the node the folder's own `node` dependency
 * installed (Node 24), so that the exit code and the signal are the server's own.
 */
export function serveBuild(dir: string, env: NodeJS.ProcessEnv): Served {
  const node = path.join(dir, "node_modules", ".bin", "node");
  const child = spawn(node, ["scripts/serve.mjs"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function waitForHealth(served: Served, base: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    if (served.child.exitCode !== null) throw new Error(`the server exited with code ${served.child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error("the server did not answer /api/health within 60 s");
}

/** Asks /api/ready until it answers 200, as a load balancer does: the jobs start just after the server. */
export async function waitForReady(base: string, log: (message: string) => void): Promise<void> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    const response = await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(30_000) });
    await response.text();
    if (response.status === 200) return log("/api/ready: 200");
    if (performance.now() > deadline) throw new Error(`/api/ready: HTTP ${response.status} for 30 s`);
    await sleep(250);
  }
}

/**
 * The database to serve: DATABASE_URL (and MIGRATION_DATABASE_URL) when set, already migrated;
 * otherwise a throw-away cluster on `pgPort` with both roles, migrated by the folder's `npm run
 * migrate`. The caller stops the cluster it gets.
 */
export async function migratedDatabase(
  dir: string,
  { pgPort, name, log }: { pgPort: number; name: string; log: (message: string) => void },
): Promise<{ runtimeUrl: string; ownerUrl: string; cluster?: Cluster }> {
  const runtimeUrl = process.env.DATABASE_URL?.trim();
  const ownerUrl = process.env.MIGRATION_DATABASE_URL?.trim() || runtimeUrl;
  if (runtimeUrl && ownerUrl) return { runtimeUrl, ownerUrl };
  log(`creating a PostgreSQL cluster on port ${pgPort}`);
  const cluster = createCluster(pgPort);
  const urls = {
    ownerUrl: `postgres://jqt_owner:${name}-owner@127.0.0.1:${pgPort}/jqt_${name}`,
    runtimeUrl: `postgres://jqt_app:${name}-app@127.0.0.1:${pgPort}/jqt_${name}`,
  };
  try {
    await createRoles({ adminUrl: cluster.adminUrl(), ...urls });
    const migrate = spawnSync("npm", ["run", "--silent", "migrate"], {
      cwd: dir,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: urls.runtimeUrl, MIGRATION_DATABASE_URL: urls.ownerUrl },
    });
    if (migrate.status !== 0) throw new Error("npm run migrate failed");
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return { ...urls, cluster };
}
