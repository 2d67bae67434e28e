import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The session secret for a local run: NEXTAUTH_SECRET when set; otherwise, for the embedded
 * database only, one generated once and kept beside the data so sessions survive restarts.
 * A server on a real PostgreSQL must be given its secret.
 */
export function resolveSecret(env: NodeJS.ProcessEnv, dataRoot: string): string {
  const given = env.NEXTAUTH_SECRET?.trim();
  if (given) return given;
  if (env.DATABASE_URL) {
    throw new Error("NEXTAUTH_SECRET is not set. Set it (32+ random characters) when running on PostgreSQL.");
  }
  const file = path.join(dataRoot, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
