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

/** What a cleanup run did. */
export type OrphanCleanup = {
  /** Attachments (row and file) removed. */
  removed: number;
  /** Stored files no row names any more (an upload cut off before its row was written), removed. */
  strayFiles: number;
  /** Files that could not be removed this time; with their rows gone, the next run's sweep finds them. */
  left: number;
};

/**
 * Removes attachments nothing refers to any more and older than the grace period (residency files
 * replaced by a newer upload, rows left by a record's change): each row first, in a delete that
 * checks again that nothing refers to it, then its file. Then sweeps the store for files older than
 * the grace period that no row names, which also takes the files a failed removal left behind.
 */
export async function removeOrphanedAttachments(
  db: Db,
  options: { now?: Date; graceMs?: number; storage?: AttachmentStorage } = {},
): Promise<OrphanCleanup> {
  const cutoff = new Date((options.now ?? clock.now()).getTime() - (options.graceMs ?? ORPHAN_GRACE_MS));
  const storage = options.storage ?? getStorage();
  let removed = 0;
  const left = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const rows = await db.attachment.findMany({
      where: { ...orphanedBefore(cutoff), ...(after ? { id: { gt: after } } : {}) },
      select: { id: true, storageKey: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const row of rows) {
      // A row that gained an owner since it was read stays, with its file.
      const { count } = await db.attachment.deleteMany({ where: { id: row.id, ...orphanedBefore(cutoff) } });
      if (count === 0) continue;
      removed += 1;
      if (!(await removedFile(storage, row.storageKey))) left.add(row.storageKey);
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)!.id;
  }
  const swept = await removeStrayFiles(db, storage, cutoff);
  return { removed, strayFiles: swept.removed, left: new Set([...left, ...swept.left]).size };
}

async function removedFile(storage: AttachmentStorage, key: string): Promise<boolean> {
  try {
    await storage.remove(key);
    return true;
  } catch {
    return false;
  }
}

/** Files stored before `cutoff` that no attachment row names, looked up a batch of keys at a time. */
async function removeStrayFiles(db: Db, storage: AttachmentStorage, cutoff: Date) {
  let removed = 0;
  const left: string[] = [];
  const sweep = async (keys: string[]) => {
    const named = await db.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } });
    const known = new Set(named.map((row) => row.storageKey));
    for (const key of keys) {
      if (known.has(key)) continue;
      if (await removedFile(storage, key)) removed += 1;
      else left.push(key);
    }
  };
  let batch: string[] = [];
  for await (const entry of storage.list()) {
    if (entry.modifiedAt >= cutoff) continue;
    batch.push(entry.key);
    if (batch.length === BATCH) {
      await sweep(batch);
      batch = [];
    }
  }
  if (batch.length) await sweep(batch);
  return { removed, left };
}
