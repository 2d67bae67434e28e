import "server-only";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ticketListScopeOf } from "../tickets/list.ts";
import { chinaDayNumber, chinaMidnight } from "../time/china.ts";
import { clock } from "../time/clock.ts";

export type QueueSummary = { fresh: number; overdue: number; dueToday: number };

/**
 * An officer's queue at a glance: tickets waiting to be accepted, past their deadline, and due
 * before midnight tonight (China time). Scoped exactly as the queue is; three indexed counts.
 */
export async function queueSummary(user: SessionUser, now: Date = clock.now()): Promise<QueueSummary> {
  const db = getDb();
  const scope = await ticketListScopeOf(user);
  const count = (where: Prisma.TicketWhereInput) => db.ticket.count({ where: { AND: [scope, where] } });
  const midnight = chinaMidnight(chinaDayNumber(now) + 1);
  const [fresh, overdue, dueToday] = await Promise.all([
    count({ status: "SUBMITTED" }),
    count({ dueAt: { lt: now } }),
    count({ dueAt: { gte: now, lt: midnight } }),
  ]);
  return { fresh, overdue, dueToday };
}
