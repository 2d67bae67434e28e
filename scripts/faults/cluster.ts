// A throw-away PostgreSQL cluster in a temporary folder, on its own port, run as the `postgres`
// system user with the server binaries Debian installs under /usr/lib/postgresql/<version>/bin.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type Cluster = {
  port: number;
  /** Superuser URL for a database of the cluster. */
  adminUrl: (database?: string) => string;
  /** Async, so that the load keeps flowing (and being timed) while PostgreSQL restarts. */
  restart: () => Promise<void>;
  stop: () => void;
  log: () => string;
};

export function postgresBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error(`no PostgreSQL server binaries under ${root}/*/bin`);
  return path.join(root, versions[0]!, "bin");
}

/** The first…last local ports the kernel hands to outgoing connections, from "32768\t60999". */
export function parsePortRange(text: string): [number, number] | null {
  const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * Why a throw-away cluster may not listen on `port`, or null. A port the kernel may give an outgoing
 * connection as its own end can be taken at any moment by whatever else runs (a browser test beside
 * the replica test, say), and the cluster then fails to start now and then: its ports lie below.
 */
export function clusterPortProblem(port: number, ephemeral: [number, number] | null): string | null {
  if (!Number.isInteger(port) || port < 1024 || port > 65535) return `port ${port} is not a port a cluster can take`;
  if (ephemeral && port >= ephemeral[0] && port <= ephemeral[1])
    return `port ${port} lies in the range the kernel gives outgoing connections (${ephemeral[0]}–${ephemeral[1]}); choose one below ${ephemeral[0]}`;
  return null;
}

function localPortRange(): [number, number] | null {
  try {
    return parsePortRange(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8"));
  } catch {
    return null;
  }
}

/**
 * A new cluster on `port`; with `standbyOf`, a streaming replica of that cluster (a base backup
 * written with -R, so it starts as a hot standby following the primary).
 */
export function createCluster(port: number, role: { standbyOf?: Cluster } = {}): Cluster {
  const problem = clusterPortProblem(port, localPortRange());
  if (problem) throw new Error(problem);
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "jqt-cluster-"));
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const { uid, gid } = systemUser("postgres");
  chownSync(dir, uid, gid);
  const asPostgres = (program: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    }).toString();
  if (role.standbyOf) {
    const primary = role.standbyOf.port;
    asPostgres("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primary),
      "-U",
      "postgres",
      "-D",
      data,
      "-R",
      "-X",
      "stream",
    ]);
  } else {
    asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=60 -c fsync=on`;
  const pgCtlArgs = (...args: string[]) => ["-D", data, "-l", logFile, "-o", options, "-w", ...args];
  const pgCtl = (...args: string[]) => asPostgres("pg_ctl", pgCtlArgs(...args));
  pgCtl("start");
  return {
    port,
    adminUrl: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    restart: async () => {
      await promisify(execFile)(
        "runuser",
        ["-u", "postgres", "--", path.join(bin, "pg_ctl"), ...pgCtlArgs("restart", "-m", "fast")],
        { timeout: 120_000 },
      );
    },
    stop: () => {
      try {
        pgCtl("stop", "-m", "immediate");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    log: () => {
      try {
        return execFileSync("tail", ["-n", "40", logFile]).toString();
      } catch {
        return "";
      }
    },
  };
}

function systemUser(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", name]).toString());
  const gid = Number(execFileSync("id", ["-g", name]).toString());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error(`no system user ${name}`);
  return { uid, gid };
}
