import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { anySignedInUser, type Question } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Everyone who can sign in has notifications of their own: the list, and marking them read. */
export const canReadOwnNotifications: Question = anySignedInUser;

/**
 * The notifications a user may see or change: their own, whatever their role. Chiefs and admins get
 * no wider view here, because a notification is addressed to one person, not to a scope.
 */
export function notificationScope(user: SessionUser): Prisma.NotificationWhereInput {
  return { userId: requireScopeId(user.id, "user") };
}
