import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { residencyActions } from "@/lib/residency/actions-def";
import { fileRequest } from "@/lib/residency/commands";
import { applicantSchema } from "@/lib/residency/schemas";
import { residentIdCheckChar } from "@/lib/validation/resident-id";
import { getStorage } from "@/lib/attachments/storage";
import { setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

let liaison: SessionUser;
let uploadDir: string;
let restoreClock: () => void;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "jqt-residency-multi-"));
  process.env.UPLOAD_DIR = uploadDir;
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  liaison = await sessionUserOf("liaison1");
});
afterAll(async () => {
  restoreClock();
  delete process.env.UPLOAD_DIR;
  await rm(uploadDir, { recursive: true, force: true });
});

// Real 1×1 images and a minimal PDF header: the type is read from the bytes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const png = (name: string) => new File([Uint8Array.from(PNG)], name, { type: "image/png" });
const pdf = (name: string) =>
  new File([new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n")], name, {
    type: "application/pdf",
  });

let seq = 500;
async function draft() {
  const first17 = `37028519910305${String(++seq).padStart(3, "0")}`;
  const { id } = await fileRequest(
    liaison,
    applicantSchema.parse({
      kind: "TALENT_SETTLEMENT",
      applicantName: "周岚",
      applicantIdNumber: first17 + residentIdCheckChar(first17),
      applicantPhone: "13812345678",
      education: "MASTER",
      serviceMode: "WINDOW",
    }),
  );
  const documents = await getDb().residencyDocument.findMany({
    where: { requestId: id },
    orderBy: { requirement: { sortOrder: "asc" } },
  });
  return { id, documents };
}

const storedFiles = async () =>
  (await readdir(uploadDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());

describe("uploading several checklist files in one step", () => {
  it("stores each file on its own item, as the form sends them, and skips items left empty", async () => {
    const { id, documents } = await draft();
    const [a, b, c] = documents;
    // The fields a browser posts: one row per item, an item without a file has only its id.
    const result = await runAs(liaison, residencyActions.upload, {
      requestId: id,
      version: "0",
      "documents.0.documentId": a!.id,
      "documents.0.file": png("身份证正面.png"),
      "documents.1.documentId": b!.id,
      "documents.2.documentId": c!.id,
      "documents.2.file": pdf("户口簿.pdf"),
    });
    expect(result.ok).toBe(true);

    const after = await getDb().residencyDocument.findMany({
      where: { id: { in: [a!.id, b!.id, c!.id] } },
      include: { attachment: true },
    });
    const byId = new Map(after.map((d) => [d.id, d]));
    expect(byId.get(a!.id)!.status).toBe("RECEIVED");
    expect(byId.get(a!.id)!.attachment).toMatchObject({ fileName: "身份证正面.png", mimeType: "image/png" });
    expect(byId.get(a!.id)!.attachment!.sha256).toBe(createHash("sha256").update(PNG).digest("hex"));
    expect(await getStorage().read(byId.get(a!.id)!.attachment!.storageKey)).not.toBeNull();
    expect(byId.get(b!.id)!.status).toBe("MISSING");
    expect(byId.get(c!.id)!.attachment).toMatchObject({ fileName: "户口簿.pdf", mimeType: "application/pdf" });
    // One version step for the whole upload, and an audit line per item.
    expect((await getDb().residencyRequest.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    const audits = await getDb().auditEvent.count({ where: { action: "residency.uploadDocument", entityId: id } });
    expect(audits).toBe(2);
  });

  it("refuses them all when one is refused, naming that item's field, and keeps no file", async () => {
    const { id, documents } = await draft();
    const before = (await storedFiles()).length;
    const fake = new File([new TextEncoder().encode("<script>alert(1)</script>")], "毕业证.png", { type: "image/png" });
    const result = await runAs(liaison, residencyActions.upload, {
      requestId: id,
      version: 0,
      documents: [
        { documentId: documents[0]!.id, file: [png("a.png")] },
        { documentId: documents[1]!.id, file: [fake] },
      ],
    });
    expect(result.ok ? null : Object.keys(result.fieldErrors ?? {})).toEqual(["documents.1.file"]);
    const after = await getDb().residencyDocument.findMany({ where: { requestId: id } });
    expect(after.every((d) => d.status === "MISSING" && d.attachmentId === null)).toBe(true);
    expect((await storedFiles()).length).toBe(before);
  });

  it("asks for at least one file, one file per item, and each item once", async () => {
    const { id, documents } = await draft();
    const [a] = documents;
    const none = await runAs(liaison, residencyActions.upload, {
      requestId: id,
      version: 0,
      documents: [{ documentId: a!.id }],
    });
    expect(none.ok ? null : none.fieldErrors).toEqual({ documents: ["attachments.errors.noneChosen"] });

    const two = await runAs(liaison, residencyActions.upload, {
      requestId: id,
      version: 0,
      documents: [{ documentId: a!.id, file: [png("a.png"), png("b.png")] }],
    });
    expect(two.ok ? null : two.fieldErrors).toEqual({ "documents.0.file": ["residency.errors.oneFile"] });

    const twice = await runAs(liaison, residencyActions.upload, {
      requestId: id,
      version: 0,
      documents: [
        { documentId: a!.id, file: [png("a.png")] },
        { documentId: a!.id, file: [png("b.png")] },
      ],
    });
    expect(twice.ok).toBe(false);
    expect((await getDb().residencyDocument.findFirstOrThrow({ where: { id: a!.id } })).status).toBe("MISSING");
  });
});
