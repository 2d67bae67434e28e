import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** Builds the app when there is no production build yet, or one without the floor page, or when asked. */
export function ensureBuild(force: boolean): void {
  const built = existsSync(path.join(root, ".next", "BUILD_ID"));
  const hasFloor = existsSync(path.join(root, ".next", "server", "app", "bench", "floor"));
  if (built && hasFloor && !force) return;
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

export type Server = { url: string; stop: () => Promise<void> };

/**
 * `next start` on `port` against DATABASE_URL, with the floor page enabled and a fresh session
 * secret. `sqlLog` loads the statement recorder (sql-recorder.mjs) writing to that file.
 */
export async function startServer(
  port: number,
  options: { sqlLog?: string; env?: Record<string, string> } = {},
): Promise<Server> {
  const url = `http://localhost:${port}`;
  await assertPortFree(port);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    BENCH_FLOOR: "1",
    PORT: String(port),
    ...options.env,
  };
  if (options.sqlLog) {
    env.BENCH_SQL_LOG = options.sqlLog;
    const recorder = path.join(import.meta.dirname, "sql-recorder.mjs");
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import ${recorder}`.trim();
  }
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  // A run cut short (an error, a closed pipe) must not leave its server answering on the port.
  const killChild = () => child.kill("SIGTERM");
  process.once("exit", killChild);
  child.once("exit", () => process.removeListener("exit", killChild));
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await waitUntilUp(url, child, () => stderr);
  return { url, stop: () => stop(child) };
}

/**
 * Refuses a port something already listens on: waiting for "the server" to answer would otherwise
 * measure whatever answers there, such as a server an earlier run left behind.
 */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(`port ${port} is not free (${error.code}): stop what listens there or choose --port`)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function waitUntilUp(url: string, child: ChildProcess, stderr: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr()}`);
    try {
      const response = await fetch(`${url}/login`, { redirect: "manual" });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop(child);
  throw new Error(`the server did not answer within a minute: ${stderr()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
