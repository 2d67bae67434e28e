import "server-only";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { NotificationParams } from "./notify.ts";
import { notificationScope } from "./policy.ts";

/** Unread in-app notifications of the signed-in user (the header badge). */
export function unreadCount(user: SessionUser): Promise<number> {
  return getDb().notification.count({ where: { AND: [notificationScope(user), { readAt: null }] } });
}

export type NotificationRow = {
  id: string;
  kind: string;
  params: NotificationParams;
  link: string;
  readAt: Date | null;
  createdAt: Date;
};

export type NotificationList = {
  rows: NotificationRow[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
};

/**
 * The user's notifications, newest first, one page at a time. A page past the end answers the last
 * page, so marking the last unread item read on page 3 of the unread filter does not leave the
 * reader on an empty page.
 */
export async function listNotifications(
  user: SessionUser,
  { page = 1, pageSize = 20, unreadOnly = false }: { page?: number; pageSize?: number; unreadOnly?: boolean } = {},
): Promise<NotificationList> {
  const db = getDb();
  const where: Prisma.NotificationWhereInput = unreadOnly
    ? { AND: [notificationScope(user), { readAt: null }] }
    : notificationScope(user);
  const [total, unread] = await Promise.all([db.notification.count({ where }), unreadOnly ? null : unreadCount(user)]);
  const size = Math.min(Math.max(1, Math.trunc(pageSize)), 100);
  const current = Math.min(Math.max(1, Math.trunc(page)), Math.max(1, Math.ceil(total / size)));
  const rows =
    total === 0
      ? []
      : await db.notification.findMany({
          where,
          // id breaks ties so rows created in one transaction keep a stable order across pages.
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: (current - 1) * size,
          take: size,
          select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
        });
  return {
    rows: rows.map((row) => ({ ...row, params: paramsOf(row.params) })),
    total,
    unread: unread ?? total,
    page: current,
    pageSize: size,
  };
}

/** Stored params are JSON of any shape; only flat strings and numbers can fill a message. */
function paramsOf(value: Prisma.JsonValue): NotificationParams {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: NotificationParams = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" || typeof v === "number") out[key] = v;
  }
  return out;
}
