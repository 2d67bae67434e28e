// A user's API sessions (the phone apps signed in through /api/v1) as the account pages see them:
// which are still running.
import type { Prisma } from "../db/generated/client.ts";

/**
 * The sessions an app can still use: not revoked, refresh token not expired, and opened under the
 * account's current token version (changing the password, signing out everywhere or disabling the
 * account moves the version on, and the API then refuses the older sessions at their next request).
 */
export function runningApiSessionsWhere(
  user: { id: string; tokenVersion: number },
  now: Date,
): Prisma.ApiSessionWhereInput {
  return { userId: user.id, revokedAt: null, refreshExpiresAt: { gt: now }, tokenVersion: user.tokenVersion };
}
