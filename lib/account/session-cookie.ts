import "server-only";
import { cookies } from "next/headers";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "../auth/options.ts";
import { decodeSession, encodeSession } from "../auth/session-jwt.ts";
import { getDb } from "../db/index.ts";
import { loadSessionState } from "../auth/sign-in.ts";
import type { TokenVersionChange } from "./commands.ts";

// next-auth keeps the session in an encrypted cookie (JWT strategy). After a command that moves the
// user's token version on, this session would end at its next check like every other; rewriting its
// cookie here keeps the user who made the change signed in.

const cookieName = () => `${authOptions.useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

/**
 * Carries the current session over to the new token version, but only if it still held the old one:
 * a session already ended elsewhere is not revived. Also re-reads the two-factor requirement, so that
 * finishing the set-up lets the user into the portal at once.
 */
export async function refreshSessionCookie(userId: string, change?: TokenVersionChange): Promise<void> {
  const secret = authOptions.secret;
  if (!secret) return;
  const jar = await cookies();
  const raw = jar.get(cookieName())?.value;
  const token = raw ? await decodeSession({ token: raw, secret }) : null;
  if (!token?.user || token.revoked || token.user.id !== userId) return;
  if (change && token.tv !== change.from) return;
  const tv = change ? change.to : (token.tv ?? -1);
  const fresh = await loadSessionState(getDb(), userId, tv);
  if (!fresh) return;
  const next = { ...token, tv, user: fresh.user, twoFactorPending: fresh.twoFactorPending, checkedAt: Date.now() };
  jar.set(cookieName(), await encodeSession({ token: next, secret, maxAge: SESSION_MAX_AGE_SECONDS }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: authOptions.useSecureCookies ?? false,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** Signs this browser out; the token version has already ended the session everywhere else. */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(cookieName());
}
