import type { Db } from "../db/connection.ts";
import { DUMMY_PASSWORD_HASH, verifyPassword, type PasswordVerifier } from "./password.ts";
import type { SessionUser } from "./session-user.ts";
import { clearFailures, readThrottle, recordFailure } from "./throttle.ts";
import { minutesUntil, signInThrottleKeys } from "./throttle-rules.ts";
import { clock } from "../time/clock.ts";

export type SignInResult =
  | { ok: true; user: SessionUser; tokenVersion: number }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "THROTTLED"; minutes: number };

const sessionUserSelect = {
  id: true,
  username: true,
  name: true,
  role: true,
  bureauId: true,
  stationId: true,
  departmentId: true,
  enterpriseId: true,
  tokenVersion: true,
  active: true,
} as const;

/** What sign-in waits with and verifies with; tests count the verifications and skip the waiting. */
export type SignInDeps = { verify: PasswordVerifier; sleep: (ms: number) => Promise<void> };

const defaultDeps: SignInDeps = {
  verify: verifyPassword,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Checks a username and password under the throttles of throttle-rules.ts: failures slow an account
 * down from anywhere, but block it only from the address they came from (and block an address that
 * fails across many accounts).
 */
export async function signInWithPassword(
  db: Db,
  input: { username: string; password: string; address: string | null },
  deps: SignInDeps = defaultDeps,
): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const keys = signInThrottleKeys(username, input.address);
  const before = await readThrottle(db, keys);
  if (before.blockedUntil) return { ok: false, reason: "THROTTLED", minutes: minutesUntil(before.blockedUntil) };
  if (before.delayMs > 0) await deps.sleep(before.delayMs);

  const user = await db.user.findUnique({ where: { username }, select: { ...sessionUserSelect, passwordHash: true } });
  // Exactly one verification on every path: unknown, disabled and wrong-password answers take as long.
  const usable = user?.active && user.passwordHash ? user : null;
  const matches = await deps.verify(usable?.passwordHash ?? DUMMY_PASSWORD_HASH, input.password);
  const valid = usable !== null && matches;

  if (!user || !valid) {
    for (const key of keys) await recordFailure(db, key);
    const after = await readThrottle(db, keys);
    if (after.blockedUntil) return { ok: false, reason: "THROTTLED", minutes: minutesUntil(after.blockedUntil) };
    return { ok: false, reason: "INVALID" };
  }

  // The address's count stays: one good password must not reset what it tried against other accounts.
  await clearFailures(
    db,
    keys.filter((key) => key.kind !== "address"),
  );
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: clock.now() } });
  return { ok: true, user: toSessionUser(user), tokenVersion: user.tokenVersion };
}

/** Re-reads a user for the session check: null when disabled, deleted or their token version moved on. */
export async function loadSessionUser(db: Db, id: string, tokenVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id }, select: sessionUserSelect });
  if (!user || !user.active || user.tokenVersion !== tokenVersion) return null;
  return toSessionUser(user);
}

function toSessionUser(user: Omit<SessionUser, never> & Record<string, unknown>): SessionUser {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    bureauId: user.bureauId,
    stationId: user.stationId,
    departmentId: user.departmentId,
    enterpriseId: user.enterpriseId,
  };
}
