import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";

/** Unread in-app notifications of the signed-in user (the header badge). */
export function unreadCount(user: SessionUser): Promise<number> {
  return getDb().notification.count({ where: { userId: user.id, readAt: null } });
}
