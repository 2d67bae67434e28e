import type { Db } from "../db/connection.ts";
import { notify } from "../notifications/notify.ts";
import { ticketLink } from "./commands/lock.ts";
import { chiefsOf } from "../notifications/recipients.ts";
import { clock } from "../time/clock.ts";

/**
 * Tells each bureau's chiefs about tickets whose current deadline has passed, once per deadline.
 * Marking and reading happen in one UPDATE … RETURNING, so replicas running this at the same time
 * never notify twice.
 */
export async function notifyDeadlineBreaches(db: Db, now: Date = clock.now()): Promise<number> {
  return db.$transaction(async (tx) => {
    const breached = await tx.ticket.updateManyAndReturn({
      where: { dueAt: { lt: now }, breachNotifiedAt: null },
      data: { breachNotifiedAt: now },
      select: { id: true, number: true, bureauId: true },
    });
    const chiefs = new Map<string, string[]>();
    for (const ticket of breached) {
      if (!chiefs.has(ticket.bureauId)) chiefs.set(ticket.bureauId, await chiefsOf(tx, ticket.bureauId));
      await notify(tx, chiefs.get(ticket.bureauId)!, {
        kind: "ticketOverdue",
        params: { number: ticket.number },
        link: ticketLink(ticket.id),
      });
    }
    return breached.length;
  });
}
