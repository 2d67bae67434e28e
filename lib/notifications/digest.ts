import type { Prisma } from "../db/generated/client.ts";
import { announceToUsers } from "../live/publish.ts";
import { chinaDate, chinaDayNumber, chinaMidnight } from "../time/china.ts";
import type { NotificationKind } from "./notify.ts";

type Tx = Prisma.TransactionClient;

/**
 * Adds `count` to each recipient's one notification of `kind` for the China day of `now`, creating it
 * on the day's first call: a reader gets one line a day ("N tickets passed their deadline on …"),
 * not one per ticket. A grown digest is unread again and moves to the top of the list.
 *
 * Callers running at the same time (batches, replicas) add to the same row: a transaction-scoped
 * advisory lock per `lockKey` orders them, so two never both find no row and create two.
 */
export async function addToDailyDigest(
  tx: Tx,
  recipients: string[],
  digest: { kind: NotificationKind; count: number; link: string; now: Date; lockKey: string },
): Promise<void> {
  if (recipients.length === 0 || digest.count <= 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`digest:${digest.kind}:${digest.lockKey}`}))`;
  const date = chinaDate(digest.now);
  const existing = await tx.notification.findMany({
    where: {
      userId: { in: recipients },
      kind: digest.kind,
      createdAt: { gte: chinaMidnight(chinaDayNumber(digest.now)) },
    },
    select: { id: true, userId: true, params: true },
  });
  const byUser = new Map(existing.map((n) => [n.userId, n]));
  for (const userId of new Set(recipients)) {
    const row = byUser.get(userId);
    const before = row ? countOf(row.params) : 0;
    const params = { count: before + digest.count, date };
    if (row) {
      await tx.notification.update({
        where: { id: row.id },
        data: { params, readAt: null, createdAt: digest.now },
      });
    } else {
      await tx.notification.create({
        data: { userId, kind: digest.kind, params, link: digest.link, createdAt: digest.now },
      });
    }
  }
  await announceToUsers(tx, [...new Set(recipients)]);
}

function countOf(params: Prisma.JsonValue): number {
  const count = typeof params === "object" && params !== null && !Array.isArray(params) ? params.count : 0;
  return typeof count === "number" ? count : 0;
}
