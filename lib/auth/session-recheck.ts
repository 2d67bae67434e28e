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

type Load = (userId: string, tokenVersion: number) => Promise<SessionState>;

/** Beyond this many users read within the minute, the oldest reads are let go first. */
const REMEMBERED_USERS = 10_000;

/**
 * `load`, answering from this server's last read of the same user and token version while it is
 * less than a minute old. Only signing in and the own-account commands write the session cookie;
 * pages cannot, so a token's time of check stays where they put it and, without this, every request
 * after a session's first minute would read its user again. A revocation still takes effect on every
 * server within the minute, and a new token version is a different key, read at once. Concurrent
 * requests share one read; a failed read is not remembered.
 */
export function rememberedFor(load: Load, now: () => number = Date.now): Load {
  const recent = new Map<string, { at: number; state: Promise<SessionState> }>();
  return (userId, tokenVersion) => {
    const key = `${userId}\u0000${tokenVersion}`;
    const at = now();
    const hit = recent.get(key);
    if (hit && at - hit.at < RECHECK_MS) return hit.state;
    recent.delete(key);
    if (recent.size >= REMEMBERED_USERS) forgetOldest(recent, at);
    const state = load(userId, tokenVersion);
    recent.set(key, { at, state });
    state.catch(() => {
      if (recent.get(key)?.state === state) recent.delete(key);
    });
    return state;
  };
}

/** Drops the reads older than a minute and, if that frees nothing, the older half (a Map keeps insertion order). */
function forgetOldest(recent: Map<string, { at: number }>, at: number) {
  for (const [key, entry] of recent) if (at - entry.at >= RECHECK_MS) recent.delete(key);
  if (recent.size < REMEMBERED_USERS) return;
  let drop = Math.ceil(recent.size / 2);
  for (const key of recent.keys()) {
    if (drop-- <= 0) break;
    recent.delete(key);
  }
}
