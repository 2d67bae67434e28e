// What the scheduled jobs do: the orphaned-upload cleanup and the monthly bulletin notice.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { removeOrphanedAttachments, ORPHAN_GRACE_MS } from "@/lib/attachments/orphans";
import { getStorage, newStorageKey } from "@/lib/attachments/storage";
import { notifyMonthlyBulletin, previousMonth } from "@/lib/dashboard/bulletin-notices";
import { HOUR_MS } from "@/lib/time/china";
import { loadDemo } from "../support/demo";

let uploadDir: string;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "jobs-orphans-"));
  process.env.UPLOAD_DIR = uploadDir;
  await loadDemo();
});
afterAll(async () => {
  delete process.env.UPLOAD_DIR;
  await rm(uploadDir, { recursive: true, force: true });
});

const NOW = new Date("2026-12-01T03:30:00+08:00");

async function stored(owner: { ticketId?: string }, createdAt: Date) {
  const db = getDb();
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  const key = newStorageKey();
  await getStorage().put(key, new TextEncoder().encode("%PDF-1.4 test"));
  return db.attachment.create({
    data: {
      bureauId: admin.bureauId!,
      storageKey: key,
      fileName: "scan.pdf",
      mimeType: "application/pdf",
      size: 13,
      sha256: "0".repeat(64),
      uploadedById: admin.id,
      createdAt,
      ...owner,
    },
    select: { id: true, storageKey: true },
  });
}

describe("orphaned uploads", () => {
  it("removes the file and row of an attachment nothing refers to, once past the grace period, and nothing else", async () => {
    const db = getDb();
    const old = new Date(NOW.getTime() - ORPHAN_GRACE_MS - HOUR_MS);
    const ticket = await db.ticket.findFirstOrThrow({ select: { id: true } });
    const document = await db.residencyDocument.findFirstOrThrow({ select: { id: true, attachmentId: true } });

    const replaced = await stored({}, old); // a residency file replaced by a newer upload
    const current = await stored({}, old); // the document's file now
    await db.residencyDocument.update({ where: { id: document.id }, data: { attachmentId: current.id } });
    const onTicket = await stored({ ticketId: ticket.id }, old);
    const fresh = await stored({}, new Date(NOW.getTime() - HOUR_MS)); // within the grace period
    const before = await db.attachment.count();

    expect(await removeOrphanedAttachments(db, { now: NOW })).toEqual({ removed: 1, strayFiles: 0, left: 0 });

    const storage = getStorage();
    expect(await db.attachment.findUnique({ where: { id: replaced.id } })).toBeNull();
    expect(await storage.read(replaced.storageKey)).toBeNull();
    for (const kept of [current, onTicket, fresh]) {
      expect(await db.attachment.findUnique({ where: { id: kept.id } })).not.toBeNull();
      expect(await storage.read(kept.storageKey)).not.toBeNull();
    }
    expect(await db.attachment.count()).toBe(before - 1);
    // A second run finds nothing more.
    expect(await removeOrphanedAttachments(db, { now: NOW })).toEqual({ removed: 0, strayFiles: 0, left: 0 });
    if (document.attachmentId) {
      await db.residencyDocument.update({ where: { id: document.id }, data: { attachmentId: document.attachmentId } });
    }
  });

  it("removes the row even when its file cannot be removed now; the next run's sweep takes the file", async () => {
    const db = getDb();
    const orphan = await stored({}, new Date(NOW.getTime() - 2 * ORPHAN_GRACE_MS));
    const refusing = {
      ...getStorage(),
      remove: async () => {
        throw new Error("storage away");
      },
    };
    expect(await removeOrphanedAttachments(db, { now: NOW, storage: refusing })).toMatchObject({ removed: 1, left: 1 });
    expect(await db.attachment.findUnique({ where: { id: orphan.id } })).toBeNull();
    expect(await getStorage().read(orphan.storageKey)).not.toBeNull();

    expect(await removeOrphanedAttachments(db, { now: NOW })).toEqual({ removed: 0, strayFiles: 1, left: 0 });
    expect(await getStorage().read(orphan.storageKey)).toBeNull();
  });

  it("removes a stored file no row names (an upload cut off before its row) only once past the grace period", async () => {
    const db = getDb();
    const key = newStorageKey();
    await getStorage().put(key, new TextEncoder().encode("%PDF-1.4 cut off"));
    const written = Date.now();

    const soon = new Date(written + HOUR_MS);
    expect(await removeOrphanedAttachments(db, { now: soon })).toMatchObject({ strayFiles: 0 });
    expect(await getStorage().read(key)).not.toBeNull();

    const nextDay = new Date(written + ORPHAN_GRACE_MS + HOUR_MS);
    expect(await removeOrphanedAttachments(db, { now: nextDay })).toMatchObject({ strayFiles: 1 });
    expect(await getStorage().read(key)).toBeNull();
  });
});

describe("monthly bulletin notice", () => {
  it("names last China month, whatever the server's zone", () => {
    expect(previousMonth(new Date("2026-12-01T08:00:00+08:00"))).toEqual({
      label: "2026-11",
      firstDay: "2026-11-01",
      lastDay: "2026-11-30",
    });
    // 1 January 00:30 in China is still 31 December in UTC.
    expect(previousMonth(new Date("2027-01-01T00:30:00+08:00")).label).toBe("2026-12");
  });

  it("tells every chief and city leader once per month, even when the job runs twice at once", async () => {
    const db = getDb();
    const readers = await db.user.findMany({
      where: { role: { in: ["CHIEF", "CITY"] }, active: true },
      select: { id: true, role: true },
    });
    expect(readers.length).toBeGreaterThan(0);
    const at = new Date("2026-12-01T08:00:00+08:00");
    const [a, b] = await Promise.all([notifyMonthlyBulletin(db, at), notifyMonthlyBulletin(db, at)]);
    expect(a + b).toBe(readers.length);
    expect(await notifyMonthlyBulletin(db, new Date("2026-12-01T09:00:00+08:00"))).toBe(0);

    const notices = await db.notification.findMany({ where: { kind: "monthlyBulletinReady" } });
    expect(notices).toHaveLength(readers.length);
    for (const reader of readers) {
      const notice = notices.find((n) => n.userId === reader.id)!;
      expect(notice.params).toEqual({ period: "2026-11" });
      expect(notice.link).toBe(
        reader.role === "CHIEF"
          ? "/chief?period=custom&from=2026-11-01&to=2026-11-30#bulletin"
          : "/city?period=custom&from=2026-11-01&to=2026-11-30",
      );
    }
    // The next month is a new notice.
    expect(await notifyMonthlyBulletin(db, new Date("2027-01-01T08:00:00+08:00"))).toBe(readers.length);
  });
});
