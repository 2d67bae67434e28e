import type { Db } from "../db/connection.ts";
import { clock } from "../time/clock.ts";
import { removeExpiredKeys } from "./idempotency.ts";

/** How long an ended API session stays for its owner's history and the audit of a revocation. */
export const ENDED_SESSION_DAYS = 30;

/**
 * The API's daily clean-up: stored answers past their Idempotency-Key's day, and sessions that ended
 * (revoked, or their refresh token expired) more than ENDED_SESSION_DAYS ago.
 */
export async function apiHousekeeping(db: Db): Promise<{ idempotencyKeys: number; sessions: number }> {
  const before = new Date(clock.now().getTime() - ENDED_SESSION_DAYS * 86_400_000);
  const idempotencyKeys = await removeExpiredKeys(db);
  const { count: sessions } = await db.apiSession.deleteMany({
    where: { OR: [{ revokedAt: { lt: before } }, { refreshExpiresAt: { lt: before } }] },
  });
  return { idempotencyKeys, sessions };
}
