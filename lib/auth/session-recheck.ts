import type { JWT } from "next-auth/jwt";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import type { SessionUser } from "./session-user.ts";

/** How often a session re-reads its user, so that disabling or re-roling takes effect within a minute. */
export const RECHECK_MS = 60_000;

type SessionState = { user: SessionUser; twoFactorPending: boolean } | null;

/**
 * A signed-in session's token after re-reading its user once a minute: revoked when the account was
 * disabled or its token version moved on, refreshed otherwise. A database that is restarting or
 * overloaded says nothing about the session, so the token is kept as it was and re-checked on the
 * next request, instead of signing everyone out until the database is back.
 */
export async function recheckSession(
  token: JWT,
  load: (userId: string, tokenVersion: number) => Promise<SessionState>,
  now: number,
): Promise<JWT> {
  if (token.revoked || !token.user) return token;
  if (now - (token.checkedAt ?? 0) < RECHECK_MS) return token;
  let fresh: SessionState;
  try {
    fresh = await load(token.user.id, token.tv ?? -1);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return token;
    throw error;
  }
  if (!fresh) return { ...token, revoked: true, user: undefined };
  return { ...token, user: fresh.user, twoFactorPending: fresh.twoFactorPending, checkedAt: now };
}
