import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed } from "../auth/question.ts";
import { canReadOwnNotifications, notificationScope } from "./policy.ts";
import type { MarkAllReadInput, MarkReadInput } from "./schemas.ts";
import { clock } from "../time/clock.ts";

// Read receipts are not audited: they change nothing anyone else sees, and one per click would
// drown the audit trail of real work.

/**
 * Marks the given notifications of the user read. Ids of other users' notifications match nothing
 * and are ignored without saying so, so the answer does not reveal that they exist.
 */
export async function markRead(user: SessionUser, { ids }: MarkReadInput): Promise<{ updated: number }> {
  assertAllowed(user, canReadOwnNotifications);
  if (ids.length === 0) return { updated: 0 };
  const { count } = await getDb().notification.updateMany({
    where: { AND: [notificationScope(user), { id: { in: ids }, readAt: null }] },
    data: { readAt: clock.now() },
  });
  return { updated: count };
}

/** Marks every unread notification of the user read (those that arrived before `before`, when given). */
export async function markAllRead(user: SessionUser, { before }: MarkAllReadInput = {}): Promise<{ updated: number }> {
  assertAllowed(user, canReadOwnNotifications);
  const { count } = await getDb().notification.updateMany({
    where: { AND: [notificationScope(user), { readAt: null }, before ? { createdAt: { lte: before } } : {}] },
    data: { readAt: clock.now() },
  });
  return { updated: count };
}
