import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ActionError } from "@/lib/auth/errors";
import { findAttachmentForUser, openAttachmentForUser } from "@/lib/attachments/queries";
import { getStorage, readWhole } from "@/lib/attachments/storage";
import { attachmentRows, discardUploads, prepareUploads, type PreparedUpload } from "@/lib/attachments/store";
import { setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";

// A real 1×1 PNG and a minimal PDF: the type must come from these bytes, not from the names.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const file = (bytes: Uint8Array, name: string, type = "") =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let uploadDir: string;
const bucketPrefix = process.env.ATTACHMENT_S3_BUCKET ? (process.env.ATTACHMENT_S3_PREFIX ?? "") : undefined;
let ticketId: string;
let hazardId: string;
let restoreClock: () => void;

/** Every key in the configured store: the folder here, the bucket under `npm run test:s3`. */
async function storedFiles(): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of getStorage().list()) keys.push(entry.key);
  return keys.sort();
}

/** What a command does: store the files, write the rows in its transaction, clean up if it fails. */
async function attach(files: File[], owner: { ticketId?: string; hazardId?: string }, failInside = false) {
  const liaison = await sessionUserOf("liaison1");
  const prepared = await prepareUploads(files);
  try {
    await getDb().$transaction(async (tx) => {
      await tx.attachment.createMany({
        data: attachmentRows(prepared, { bureauId: liaison.bureauId, uploadedById: liaison.id, ...owner }),
      });
      if (failInside) throw new Error("the surrounding write failed");
    });
  } catch (error) {
    await discardUploads(prepared);
    throw error;
  }
  return getDb().attachment.findMany({
    where: { storageKey: { in: prepared.map((p) => p.storageKey) } },
    orderBy: { fileName: "asc" },
  });
}

describe("attachments", () => {
  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(tmpdir(), "jqt-uploads-"));
    process.env.UPLOAD_DIR = uploadDir;
    // Under `npm run test:s3` the bucket is shared with other test files running at the same time.
    if (bucketPrefix !== undefined) process.env.ATTACHMENT_S3_PREFIX = `${bucketPrefix}attachments-test/`;
    // The demo is seeded as of a fixed instant, so every run starts from the same county.
    restoreClock = setClock("2026-03-10T10:00:00+08:00");
    await loadDemo();
    const db = getDb();
    ticketId = (
      await db.ticket.findFirstOrThrow({ where: { enterprise: { liaisons: { some: { username: "liaison1" } } } } })
    ).id;
    hazardId = (
      await db.hazard.findFirstOrThrow({ where: { enterprise: { liaisons: { some: { username: "liaison1" } } } } })
    ).id;
  });

  afterAll(async () => {
    restoreClock();
    delete process.env.UPLOAD_DIR;
    if (bucketPrefix !== undefined) process.env.ATTACHMENT_S3_PREFIX = bucketPrefix;
    await rm(uploadDir, { recursive: true, force: true });
  });

  it("stores a PNG and a PDF by their real type and reads them back", async () => {
    // Browsers' declared types and names are ignored: the PNG claims to be a PDF here.
    const prepared = await prepareUploads([
      file(PNG, "现场照片.png", "application/pdf"),
      file(PDF, "整改报告", "image/png"),
    ]);
    expect(prepared).toMatchObject([
      { fileName: "现场照片.png", mimeType: "image/png", size: PNG.byteLength, sha256: sha256(PNG) },
      { fileName: "整改报告.pdf", mimeType: "application/pdf", size: PDF.byteLength, sha256: sha256(PDF) },
    ]);
    const storage = getStorage();
    expect(await storage.read(prepared[0]!.storageKey)).toEqual(PNG);
    expect(await storage.read(prepared[1]!.storageKey)).toEqual(PDF);
    expect(await storedFiles()).toEqual(expect.arrayContaining(prepared.map((p) => p.storageKey)));
    await discardUploads(prepared);
  });

  it("writes rows a user can open with the bytes and stored type", async () => {
    const [png, pdf] = await attach([file(PNG, "a-photo.png"), file(PDF, "b-report.pdf")], { ticketId });
    expect(png).toMatchObject({ ticketId, mimeType: "image/png", size: PNG.byteLength });
    const opened = await openAttachmentForUser(await sessionUserOf("liaison1"), pdf!.id);
    expect(opened?.attachment.mimeType).toBe("application/pdf");
    expect(opened?.attachment.fileName).toBe("b-report.pdf");
    expect(opened?.file.size).toBe(PDF.byteLength);
    expect(await readWhole(opened!.file)).toEqual(PDF);
  });

  it("refuses a text file named .jpg and stores nothing", async () => {
    const before = await storedFiles();
    const text = file(new TextEncoder().encode("not really a photo"), "photo.jpg", "image/jpeg");
    const refused = await prepareUploads([file(PNG, "ok.png"), text]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActionError);
    expect(refused).toMatchObject({
      key: "attachments.errors.type",
      fieldErrors: { attachments: ["attachments.errors.type"] },
      values: { name: "photo.jpg" },
    });
    expect(await storedFiles()).toEqual(before);
  });

  it("holds the count and size limits even without the form schema", async () => {
    const six = Array.from({ length: 6 }, (_, i) => file(PNG, `${i}.png`));
    await expect(prepareUploads(six)).rejects.toMatchObject({ key: "attachments.errors.tooMany", values: { max: 5 } });
    await expect(prepareUploads([file(new Uint8Array(), "empty.png")])).rejects.toMatchObject({
      key: "attachments.errors.empty",
    });
  });

  it("discardUploads removes the stored files", async () => {
    const prepared: PreparedUpload[] = await prepareUploads([file(PNG, "x.png"), file(PDF, "y.pdf")]);
    await discardUploads(prepared);
    for (const p of prepared) expect(await getStorage().read(p.storageKey)).toBeNull();
    expect(await storedFiles()).not.toEqual(expect.arrayContaining([prepared[0]!.storageKey]));
    await expect(discardUploads(prepared)).resolves.toBeUndefined();
  });

  it("leaves neither rows nor files when the surrounding transaction fails", async () => {
    const before = await storedFiles();
    const rowsBefore = await getDb().attachment.count();
    await expect(attach([file(PNG, "lost.png")], { ticketId }, true)).rejects.toThrow("the surrounding write failed");
    expect(await getDb().attachment.count()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(before);
  });

  it("refuses rows that would belong to two records", async () => {
    expect(() => attachmentRows([], { bureauId: "b", uploadedById: "u", ticketId: "t", hazardId: "h" })).toThrow();
  });

  describe("who may open an attachment", () => {
    let onTicket: string;
    let onHazard: string;
    beforeAll(async () => {
      onTicket = (await attach([file(PNG, "ticket.png")], { ticketId }))[0]!.id;
      onHazard = (await attach([file(PDF, "hazard.pdf")], { hazardId }))[0]!.id;
    });
    const sees = async (username: string, id: string) =>
      Boolean(await findAttachmentForUser(await sessionUserOf(username), id));

    it.each([
      ["liaison1", true],
      ["liaison2", false],
      ["officer1", true],
      ["officer2", false],
      ["chief", true],
      ["admin", true],
    ])("a file on liaison1's ticket: %s → %s", async (username, expected) => {
      expect(await sees(username, onTicket)).toBe(expected);
    });

    it.each([
      ["liaison1", true],
      ["liaison2", false],
      ["officer1", true],
      ["officer2", false],
      ["chief", true],
      ["admin", false],
    ])("a file on liaison1's hazard: %s → %s", async (username, expected) => {
      expect(await sees(username, onHazard)).toBe(expected);
    });

    it("answers unknown and malformed ids like out-of-scope ones", async () => {
      const chief = await sessionUserOf("chief");
      expect(await findAttachmentForUser(chief, "doesnotexist")).toBeNull();
      expect(await findAttachmentForUser(chief, "../../etc/passwd")).toBeNull();
      expect(await openAttachmentForUser(await sessionUserOf("liaison2"), onTicket)).toBeNull();
    });

    it("answers not found when the stored bytes are gone", async () => {
      const row = await getDb().attachment.findUniqueOrThrow({ where: { id: onTicket } });
      await getStorage().remove(row.storageKey);
      expect(await openAttachmentForUser(await sessionUserOf("liaison1"), onTicket)).toBeNull();
    });
  });
});
