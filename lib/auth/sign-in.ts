import type { Db } from "../db/connection.ts";
import { DUMMY_PASSWORD_HASH, verifyPassword, type PasswordVerifier } from "./password.ts";
import type { SessionUser } from "./session-user.ts";
import { clearFailures, readThrottle, recordFailure } from "./throttle.ts";
import { countSignInFailure } from "./sign-in-metrics.ts";
import { minutesUntil, signInThrottleKeys } from "./throttle-rules.ts";
import { clock } from "../time/clock.ts";
import { spendSecondFactor } from "../account/second-factor.ts";
import { mustEnrolTwoFactor } from "../account/two-factor-requirement.ts";
import type { SignInOutcome } from "../db/generated/enums.ts";

export type SignInResult =
  | { ok: true; user: SessionUser; tokenVersion: number; twoFactorPending: boolean }
  | { ok: false; reason: "INVALID" }
  /** The password was right and the account uses two-factor sign-in: ask for the code. */
  | { ok: false; reason: "CODE_REQUIRED" }
  | { ok: false; reason: "CODE_INVALID" }
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
  input: { username: string; password: string; code?: string; address: string | null },
  deps: SignInDeps = defaultDeps,
): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const keys = signInThrottleKeys(username, input.address);
  const before = await readThrottle(db, keys);
  if (before.blockedUntil) {
    countSignInFailure("throttled");
    return { ok: false, reason: "THROTTLED", minutes: minutesUntil(before.blockedUntil) };
  }
  if (before.delayMs > 0) await deps.sleep(before.delayMs);

  const user = await db.user.findUnique({
    where: { username },
    select: { ...sessionUserSelect, passwordHash: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  // Exactly one verification on every path: unknown, disabled and wrong-password answers take as long.
  const usable = user?.active && user.passwordHash ? user : null;
  const matches = await deps.verify(usable?.passwordHash ?? DUMMY_PASSWORD_HASH, input.password);
  const valid = usable !== null && matches;

  const fail = async (reason: "INVALID" | "CODE_INVALID"): Promise<SignInResult> => {
    countSignInFailure(reason === "INVALID" ? "wrong_password" : "wrong_code");
    for (const key of keys) await recordFailure(db, key);
    const after = await readThrottle(db, keys);
    if (after.blockedUntil) return { ok: false, reason: "THROTTLED", minutes: minutesUntil(after.blockedUntil) };
    return { ok: false, reason };
  };

  if (!user || !valid) {
    // Only known accounts get a history; an attempted username that matches nobody is not stored.
    if (user) await recordSignInEvent(db, user.id, input.address, "WRONG_PASSWORD");
    return fail("INVALID");
  }

  if (user.totpEnabledAt) {
    // Not a failure: the password was right, the form now asks for the code.
    if (!input.code) return { ok: false, reason: "CODE_REQUIRED" };
    if (!(await spendSecondFactor(db, user, input.code, clock.now()))) {
      await recordSignInEvent(db, user.id, input.address, "WRONG_CODE");
      return fail("CODE_INVALID");
    }
  }

  // The address's count stays: one good password must not reset what it tried against other accounts.
  await clearFailures(
    db,
    keys.filter((key) => key.kind !== "address"),
  );
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: clock.now() } });
  await recordSignInEvent(db, user.id, input.address, "SUCCESS");
  const sessionUser = toSessionUser(user);
  return {
    ok: true,
    user: sessionUser,
    tokenVersion: user.tokenVersion,
    twoFactorPending: await mustEnrolTwoFactor(db, sessionUser, user.totpEnabledAt),
  };
}

async function recordSignInEvent(db: Db, userId: string, address: string | null, outcome: SignInOutcome) {
  await db.signInEvent.create({ data: { userId, address, outcome, at: clock.now() } });
}

/** Re-reads a user for the session check: null when disabled, deleted or their token version moved on. */
export async function loadSessionUser(db: Db, id: string, tokenVersion: number): Promise<SessionUser | null> {
  return (await loadSessionState(db, id, tokenVersion))?.user ?? null;
}

/**
 * The session check with the two-factor requirement: `twoFactorPending` when the bureau requires a
 * second factor for this user and they have not set one up, so the portal sends them to do so.
 */
export async function loadSessionState(
  db: Db,
  id: string,
  tokenVersion: number,
): Promise<{ user: SessionUser; twoFactorPending: boolean } | null> {
  const user = await db.user.findUnique({ where: { id }, select: { ...sessionUserSelect, totpEnabledAt: true } });
  if (!user || !user.active || user.tokenVersion !== tokenVersion) return null;
  const sessionUser = toSessionUser(user);
  return { user: sessionUser, twoFactorPending: await mustEnrolTwoFactor(db, sessionUser, user.totpEnabledAt) };
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
