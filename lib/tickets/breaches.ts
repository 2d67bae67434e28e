import type { Db } from "../db/connection.ts";
import { addToDailyDigest } from "../notifications/digest.ts";
import { filtersToQuery } from "./filters.ts";
import { chiefsOf } from "../notifications/recipients.ts";
import { clock } from "../time/clock.ts";

/** Tickets marked and announced per transaction: short enough never to hold locks for long. */
export const BREACH_BATCH = 500;

type Breached = { id: string };

/** The chief's list of the bureau's open tickets past their deadline. */
const OVERDUE_LIST = `/tickets${filtersToQuery({ overdue: true })}`;

/**
 * Tells each bureau's chiefs about tickets whose current deadline has passed, once per deadline, in
 * one notification a day per chief that counts them and leads to the list of overdue tickets.
 * Works bureau by bureau in short transactions of at most `batch` tickets, so tens of thousands of
 * overdue tickets never hold one long transaction or block the requests that touch them: each batch
 * takes the rows it marks with SKIP LOCKED (a ticket being worked on is left for the next run, and
 * replicas running this at the same time share the work without notifying twice).
 */
export async function notifyDeadlineBreaches(
  db: Db,
  now: Date = clock.now(),
  batch: number = BREACH_BATCH,
): Promise<number> {
  const instant = now.toISOString();
  const bureaus = await db.bureau.findMany({ select: { id: true } });
  let total = 0;
  for (const { id: bureauId } of bureaus) {
    for (;;) {
      const marked = await db.$transaction(async (tx) => {
        const breached = await tx.$queryRaw<Breached[]>`
          UPDATE "Ticket" SET "breachNotifiedAt" = ${instant}::timestamp
          WHERE "id" IN (
            SELECT "id" FROM "Ticket"
            WHERE "bureauId" = ${bureauId} AND "breachNotifiedAt" IS NULL AND "dueAt" < ${instant}::timestamp
            ORDER BY "dueAt" LIMIT ${batch}
            FOR UPDATE SKIP LOCKED)
          RETURNING "id"`;
        if (breached.length === 0) return 0;
        await addToDailyDigest(tx, await chiefsOf(tx, bureauId), {
          kind: "ticketsOverdueDigest",
          count: breached.length,
          link: OVERDUE_LIST,
          now,
          lockKey: bureauId,
        });
        return breached.length;
      });
      total += marked;
      if (marked < batch) break;
    }
  }
  return total;
}
