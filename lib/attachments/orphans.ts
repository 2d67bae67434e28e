import type { Db } from "../db/connection.ts";
import { clock } from "../time/clock.ts";
import { HOUR_MS } from "../time/china.ts";
import { getStorage, type AttachmentStorage } from "./storage.ts";

/**
 * How old an unreferenced attachment must be before it is removed. A row is written and tied to its
 * record in one transaction, so a fresh one is never in between; the day leaves room for a clock
 * that is off and for anyone who wants to look at a replaced file the day it was replaced.
 */
export const ORPHAN_GRACE_MS = 24 * HOUR_MS;

const BATCH = 200;

/** Attachments no record points to: not a ticket's, hazard's or patrol log's, and no residency document's. */
function orphanedBefore(cutoff: Date) {
  return {
    ticketId: null,
    hazardId: null,
    patrolLogId: null,
    residencyDocument: { is: null },
    createdAt: { lt: cutoff },
  };
}

/**
 * Removes the files, then the rows, of attachments nothing refers to any more and older than the
 * grace period: residency files replaced by a newer upload, and rows left by a record's change. A file
 * that cannot be removed keeps its row, so the next run tries again; removing a file already gone is
 * not an error. Returns how many were removed and how many are left for the next run.
 */
export async function removeOrphanedAttachments(
  db: Db,
  options: { now?: Date; graceMs?: number; storage?: AttachmentStorage } = {},
): Promise<{ removed: number; kept: number }> {
  const cutoff = new Date((options.now ?? clock.now()).getTime() - (options.graceMs ?? ORPHAN_GRACE_MS));
  const storage = options.storage ?? getStorage();
  let removed = 0;
  const kept = new Set<string>();
  for (;;) {
    const rows = await db.attachment.findMany({
      where: { ...orphanedBefore(cutoff), id: { notIn: [...kept] } },
      select: { id: true, storageKey: true },
      orderBy: { createdAt: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      try {
        await storage.remove(row.storageKey);
      } catch {
        kept.add(row.id);
        continue;
      }
      // Checked again in the delete itself: a row that gained an owner meanwhile stays.
      const { count } = await db.attachment.deleteMany({ where: { id: row.id, ...orphanedBefore(cutoff) } });
      removed += count;
    }
    if (rows.length < BATCH) break;
  }
  return { removed, kept: kept.size };
}
