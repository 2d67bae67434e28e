import type { Prisma } from "../db/generated/client.ts";
import { announceToUsers } from "../live/publish.ts";

type Tx = Prisma.TransactionClient;

/**
 * Kinds of in-app notification. Each is a message key under "notifications.kinds" rendered with
 * `params` in the reader's language, so nothing is stored pre-translated.
 */
export type NotificationKind =
  | "welcome"
  | "ticketNew"
  | "ticketStatusChanged"
  | "ticketComment"
  | "ticketReopened"
  | "ticketTransferred"
  | "ticketHelpRequested"
  | "ticketEscalated"
  | "ticketOverdue"
  | "ticketsOverdueDigest"
  | "monthlyBulletinReady"
  | "ticketLowRating"
  | "enterpriseAssigned"
  | "hazardListed"
  | "hazardRectified"
  | "hazardClosed"
  | "hazardSentBack"
  | "disputeRiskFlagged"
  | "patrolRotaPublished"
  | "patrolDutyChanged"
  | "residencySubmitted"
  | "residencyNeedsMaterials"
  | "residencyApproved"
  | "residencyCompleted"
  | "residencyRejected"
  | "residencyServiceScheduled"
  | "advisoryNew"
  | "advisoryUrgent"
  | "advisoryReminder";

export type NotificationParams = Record<string, string | number>;

/**
 * Queues one notification per recipient inside the caller's transaction; the actor is never notified of
 * their own act.
 */
export async function notify(
  tx: Tx,
  recipients: (string | null | undefined)[],
  message: { kind: NotificationKind; params: NotificationParams; link: string; actorId?: string },
): Promise<number> {
  const userIds = [...new Set(recipients.filter((id): id is string => Boolean(id) && id !== message.actorId))];
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, kind: message.kind, params: message.params, link: message.link })),
  });
  // Their badge, and the page they have open, update without a reload (lib/live).
  await announceToUsers(tx, userIds);
  return count;
}
