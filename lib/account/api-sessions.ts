// A user's API sessions (the phone apps signed in through /api/v1) as the account pages see them:
// which are still running, and how the revocations of lib/api/tokens.ts join a transaction.
import type { Db } from "../db/connection.ts";
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

/**
 * The revocations of lib/api/tokens.ts take the client but only update ApiSession rows, which a
 * transaction client updates the same way; inside the transaction the revocation commits together
 * with its audit entry, or neither does.
 */
export const asApiSessionDb = (tx: Prisma.TransactionClient): Db => tx as unknown as Db;
