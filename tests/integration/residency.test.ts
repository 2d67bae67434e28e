import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ActionDefinition } from "@/lib/auth/action-core";
import { residencyActions } from "@/lib/residency/actions-def";
import {
  approveRequest,
  askMaterials,
  fileRequest,
  reviewDocument,
  startReview,
  submitRequest,
  uploadDocument,
} from "@/lib/residency/commands";
import { bookSlot, cancelBooking } from "@/lib/residency/appointments";
import { applicantSchema } from "@/lib/residency/schemas";
import type { ResidencyStatus } from "@/lib/db/generated/enums";
import { findAttachmentForUser } from "@/lib/attachments/queries";
import { residentIdCheckChar } from "@/lib/validation/resident-id";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";
import { executeAction } from "@/lib/auth/action-core";
import { withListsWritten } from "@/lib/i18n/list-style";

const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const;
const users: Record<string, SessionUser> = {};
let uploadDir: string;
let restoreClock: () => void;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "jqt-residency-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
  // Fixed before the demo is loaded: its appointment slots and request numbers follow the seed's "now".
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
});
afterAll(async () => {
  restoreClock();
  delete process.env.UPLOAD_DIR;
  await rm(uploadDir, { recursive: true, force: true });
});

/** A valid identity number for a running sequence, written out independently of the validator's schema. */
let seq = 100;
function idNumber(): string {
  const first17 = `37028519900203${String(++seq).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
}
/** The same number with a check character that does not fit. */
const wrongCheck = (n: string) => n.slice(0, 17) + (n[17] === "0" ? "1" : "0");

// A real 1×1 PNG: the type comes from the bytes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const scan = (name = "扫描件.png") => new File([Uint8Array.from(PNG)], name, { type: "image/png" });

const applicant = (over: Record<string, unknown> = {}) => ({
  kind: "TALENT_SETTLEMENT",
  applicantName: "林晓",
  applicantIdNumber: idNumber(),
  applicantPhone: "13812345678",
  education: "MASTER",
  serviceMode: "WINDOW",
  ...over,
});

const version = async (id: string) => (await getDb().residencyRequest.findUniqueOrThrow({ where: { id } })).version;
const docs = (requestId: string) =>
  getDb().residencyDocument.findMany({
    where: { requestId },
    include: { requirement: true },
    orderBy: { requirement: { sortOrder: "asc" } },
  });

/** A request of liaison1's enterprise brought to `status` through the commands themselves. */
async function requestIn(status: ResidencyStatus, over: Record<string, unknown> = {}) {
  const l1 = users.liaison1!;
  const o1 = users.officer1!;
  const { id } = await fileRequest(l1, applicantSchema.parse(applicant(over)));
  if (status === "DRAFT") return id;
  for (const d of await docs(id))
    if (d.requirement.required)
      await uploadDocument(l1, { requestId: id, version: await version(id), documentId: d.id }, [scan()]);
  await submitRequest(l1, { requestId: id, version: await version(id) });
  if (status === "SUBMITTED") return id;
  await startReview(o1, { requestId: id, version: await version(id) });
  if (status === "UNDER_REVIEW") return id;
  if (status === "NEEDS_MATERIALS") {
    const [first] = await docs(id);
    await askMaterials(o1, {
      requestId: id,
      version: await version(id),
      documentIds: [first!.id],
      note: "请补充清晰扫描件",
    });
    return id;
  }
  for (const d of await docs(id))
    if (d.attachmentId)
      await reviewDocument(o1, {
        requestId: id,
        version: await version(id),
        documentId: d.id,
        decision: "ACCEPT",
        reason: "",
      });
  await approveRequest(o1, { requestId: id, version: await version(id) });
  return id;
}

const snapshot = async (id: string) => ({
  request: await getDb().residencyRequest.findUnique({ where: { id } }),
  docs: await getDb().residencyDocument.findMany({ where: { requestId: id }, orderBy: { id: "asc" } }),
  audits: await getDb().auditEvent.count({ where: { entityId: id } }),
  notes: await getDb().notification.count({ where: { kind: { startsWith: "residency" } } }),
});

type Name = (typeof NAMES)[number];
/** One of the actions, for tables that run them all alike. */
const def = (name: keyof typeof residencyActions) =>
  residencyActions[name] as unknown as ActionDefinition<z.ZodType, unknown>;
const refusals = (allowed: Name[], outOfScope: Name[]) =>
  NAMES.map(
    (n) => [n, allowed.includes(n) ? null : outOfScope.includes(n) ? "errors.notFound" : "errors.forbidden"] as const,
  );

describe("who may do what on a request of liaison1's enterprise", () => {
  it.each(refusals(["liaison1", "liaison2"], []))("file as %s → %s", async (name, error) => {
    const result = await runAs(users[name]!, residencyActions.file, applicant());
    if (error === null) {
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      const created = await getDb().residencyRequest.findUniqueOrThrow({ where: { id: result.data.id } });
      // Filed for the liaison's own enterprise, whatever the browser sends.
      expect(created).toMatchObject({
        enterpriseId: users[name]!.enterpriseId,
        status: "DRAFT",
        createdById: users[name]!.id,
      });
    } else {
      expect(result).toMatchObject({ ok: false, message: error });
    }
  });

  const LIAISON = ["liaison1"] as Name[];
  const OFFICER = ["officer1"] as Name[];
  const actions: [
    keyof typeof residencyActions,
    ResidencyStatus,
    Name[],
    Name[],
    (id: string) => Promise<Record<string, unknown>>,
  ][] = [
    ["edit", "DRAFT", LIAISON, ["liaison2"], async () => ({ ...applicant(), kind: undefined })],
    [
      "upload",
      "DRAFT",
      LIAISON,
      ["liaison2"],
      async (id) => ({ documents: [{ documentId: (await docs(id))[0]!.id, file: [scan()] }] }),
    ],
    [
      "submit",
      "NEEDS_MATERIALS",
      LIAISON,
      ["liaison2"],
      async (id) => {
        // The asked-for item is uploaded first, so only the right to submit is being tested.
        const wanted = (await docs(id)).find((d) => d.status === "REJECTED")!;
        await uploadDocument(users.liaison1!, { requestId: id, version: await version(id), documentId: wanted.id }, [
          scan(),
        ]);
        return {};
      },
    ],
    ["startReview", "SUBMITTED", OFFICER, ["officer2"], async () => ({})],
    [
      "reviewDocument",
      "UNDER_REVIEW",
      OFFICER,
      ["officer2"],
      async (id) => ({ documentId: (await docs(id))[0]!.id, decision: "REJECT", reason: "照片模糊" }),
    ],
    [
      "askMaterials",
      "UNDER_REVIEW",
      OFFICER,
      ["officer2"],
      async (id) => ({ documentIds: [(await docs(id))[1]!.id], note: "请补充户口簿首页" }),
    ],
    [
      "approve",
      "UNDER_REVIEW",
      OFFICER,
      ["officer2"],
      async (id) => {
        for (const d of await docs(id))
          if (d.attachmentId)
            await reviewDocument(users.officer1!, {
              requestId: id,
              version: await version(id),
              documentId: d.id,
              decision: "ACCEPT",
              reason: "",
            });
        return {};
      },
    ],
    ["complete", "APPROVED", OFFICER, ["officer2"], async () => ({})],
    ["reject", "SUBMITTED", OFFICER, ["officer2"], async () => ({ reason: "不符合落户条件" })],
    [
      "schedule",
      "UNDER_REVIEW",
      OFFICER,
      ["officer2"],
      async () => ({
        serviceOfficerId: users.officer1!.id,
        serviceDate: chinaDate(addDays(clock.now(), 3)),
      }),
    ],
  ];
  for (const [action, status, allowed, outside, extra] of actions) {
    it.each(refusals(allowed, outside))(`${action} as %s → %s`, async (name, error) => {
      const id = await requestIn(status, action === "schedule" ? { serviceMode: "DOOR_TO_DOOR" } : {});
      const input = { requestId: id, ...(await extra(id)), version: await version(id) };
      const before = await snapshot(id);
      const result = await runAs(users[name]!, def(action), input);
      if (error === null) {
        expect(result).toMatchObject({ ok: true, data: { version: before.request!.version + 1 } });
        expect(
          await getDb().auditEvent.count({
            where: { entityId: id, actorId: users[name]!.id, action: { startsWith: "residency." } },
          }),
        ).toBeGreaterThan(0);
      } else {
        expect(result).toMatchObject({ ok: false, message: error });
        expect(await snapshot(id)).toEqual(before);
      }
    });
  }

  it.each(refusals(["liaison1"], ["liaison2"]))("book and cancel as %s → %s", async (name, error) => {
    const id = await requestIn("SUBMITTED", { serviceMode: "APPOINTMENT" });
    const slot = await freeSlotFor(id);
    const booked = await runAs(users[name]!, residencyActions.book, { requestId: id, slotId: slot.id });
    const cancelled = await runAs(users[name]!, residencyActions.cancelBooking, { requestId: id });
    const after = await getDb().appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } });
    if (error === null) {
      expect([booked.ok, cancelled.ok]).toEqual([true, true]);
      expect(after.booked).toBe(slot.booked);
    } else {
      expect(booked).toMatchObject({ ok: false, message: error });
      expect(cancelled).toMatchObject({ ok: false, message: error });
      expect(after.booked).toBe(slot.booked);
    }
  });

  it("puts the green channel first in the police queue, then the longest waiting", async () => {
    const { listRequests } = await import("@/lib/residency/queries");
    const plain = await requestIn("SUBMITTED");
    const green = await requestIn("SUBMITTED", { greenChannel: "on", greenChannelReason: "重点项目引进人才" });
    const older = await requestIn("SUBMITTED");
    await getDb().residencyRequest.update({
      where: { id: older },
      data: { submittedAt: addDays(clock.now(), -30) },
    });
    const { rows } = await listRequests(users.officer1!, { status: "waiting", pageSize: 500 });
    const order = rows.map((r) => r.id).filter((id) => [plain, green, older].includes(id));
    expect(order).toEqual([green, older, plain]);
    const greens = rows.map((r) => r.greenChannel);
    expect(greens).toEqual([...greens].sort((a, b) => Number(b) - Number(a)));
  });

  it("keeps drafts from the police and every request from admins and other enterprises", async () => {
    const draft = await requestIn("DRAFT");
    const submitted = await requestIn("SUBMITTED");
    const { listRequests } = await import("@/lib/residency/queries");
    const ids = async (name: Name) => (await listRequests(users[name]!, { pageSize: 500 })).rows.map((r) => r.id);
    expect(await ids("liaison1")).toEqual(expect.arrayContaining([draft, submitted]));
    for (const name of ["officer1", "chief"] as Name[]) {
      expect(await ids(name)).toContain(submitted);
      expect(await ids(name)).not.toContain(draft);
    }
    for (const name of ["liaison2", "officer2", "admin"] as Name[]) {
      expect(await ids(name)).not.toContain(submitted);
      expect(await ids(name)).not.toContain(draft);
    }
  });
});

async function freeSlotFor(requestId: string) {
  const request = await getDb().residencyRequest.findUniqueOrThrow({
    where: { id: requestId },
    include: { enterprise: { include: { workstation: true } } },
  });
  return getDb().appointmentSlot.findFirstOrThrow({
    where: { stationId: request.enterprise.workstation.stationId, startsAt: { gt: clock.now() }, booked: 0 },
    orderBy: { startsAt: "desc" },
  });
}

describe("life of a request", () => {
  it("cannot be submitted with a required item missing, and says which", async () => {
    const id = await requestIn("DRAFT");
    const [first] = await docs(id);
    await uploadDocument(users.liaison1!, { requestId: id, version: 0, documentId: first!.id }, [scan()]);
    const result = await runAs(users.liaison1!, residencyActions.submit, { requestId: id, version: 1 });
    expect(result).toMatchObject({ ok: false, message: "residency.errors.checklistIncomplete" });
    // The missing items are named in the reader's language.
    const english = await executeAction(
      residencyActions.submit,
      { requestId: id, version: 1 },
      {
        user: users.liaison1!,
        sameOrigin: true,
        t: (key, values) => `${key} ${JSON.stringify(withListsWritten(values, "en"))}`,
      },
    );
    const missing = (await docs(id)).filter((d) => d.requirement.required && d.status === "MISSING");
    expect(english).toMatchObject({
      ok: false,
      message: expect.stringContaining(missing.map((d) => d.requirement.labelEn).join(", ")),
    });
    expect((await getDb().residencyRequest.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("goes draft → submitted → review → more materials → submitted → review → approved → completed", async () => {
    const l1 = users.liaison1!;
    const o1 = users.officer1!;
    const id = await requestIn("SUBMITTED");
    const ok = async (
      user: SessionUser,
      action: keyof typeof residencyActions,
      extra: Record<string, unknown> = {},
    ) => {
      const result = await runAs(user, def(action), { requestId: id, version: await version(id), ...extra });
      expect(result).toMatchObject({ ok: true });
    };
    const officerNotes = await getDb().notification.findMany({ where: { userId: o1.id, link: `/residency/${id}` } });
    expect(officerNotes.map((n) => n.kind)).toEqual(["residencySubmitted"]);
    await ok(o1, "startReview");
    const all = await docs(id);
    const marriage = all.find((d) => d.requirement.code === "marriage")!;
    const diploma = all.find((d) => d.requirement.code === "diploma")!;
    await ok(o1, "askMaterials", { documentIds: [marriage.id, diploma.id], note: "请补充结婚证和学位证书" });
    const told = await getDb().notification.findFirstOrThrow({
      where: { userId: l1.id, link: `/residency/${id}`, kind: "residencyNeedsMaterials" },
    });
    expect(told.params).toMatchObject({ items: "学历（学位）证书、结婚证（随迁配偶时提供）" });
    // The optional item, once asked for, is needed before submitting again.
    await ok(l1, "upload", { documents: [{ documentId: diploma.id, file: [scan()] }] });
    expect(await runAs(l1, residencyActions.submit, { requestId: id, version: await version(id) })).toMatchObject({
      ok: false,
      message: "residency.errors.checklistIncomplete",
    });
    await ok(l1, "upload", { documents: [{ documentId: marriage.id, file: [scan()] }] });
    await ok(l1, "submit");
    await ok(o1, "startReview");
    const withFiles = (await docs(id)).filter((d) => d.attachmentId);
    await ok(o1, "reviewDocument", { documentId: withFiles[0]!.id, decision: "ACCEPT" });
    expect(await runAs(o1, residencyActions.approve, { requestId: id, version: await version(id) })).toMatchObject({
      ok: false,
      message: "residency.errors.notAllAccepted",
    });
    for (const d of withFiles.slice(1)) await ok(o1, "reviewDocument", { documentId: d.id, decision: "ACCEPT" });
    await ok(o1, "approve");
    await ok(o1, "complete");
    const done = await getDb().residencyRequest.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ status: "COMPLETED", reviewerId: o1.id });
    expect(done.completedAt).not.toBeNull();
    const liaisonKinds = (
      await getDb().notification.findMany({
        where: { userId: l1.id, link: `/residency/${id}` },
        orderBy: { createdAt: "asc" },
      })
    ).map((n) => n.kind);
    expect(liaisonKinds).toEqual(["residencyNeedsMaterials", "residencyApproved", "residencyCompleted"]);
    // Nothing sent to anyone carries the identity number.
    const all2 = await getDb().notification.findMany({ where: { link: `/residency/${id}` } });
    expect(JSON.stringify(all2)).not.toContain(done.applicantIdNumber);
  });

  it("refuses a stale version and a transition the machine forbids", async () => {
    const id = await requestIn("SUBMITTED");
    expect(await runAs(users.officer1!, residencyActions.startReview, { requestId: id, version: 0 })).toMatchObject({
      ok: false,
      message: "errors.conflict",
    });
    expect(
      await runAs(users.officer1!, residencyActions.complete, { requestId: id, version: await version(id) }),
    ).toMatchObject({ ok: false, message: "residency.errors.transitionNotAllowed" });
  });

  it("refuses a second open request for the same person and kind, and allows it once the first is finished", async () => {
    const input = applicant();
    expect(await runAs(users.liaison1!, residencyActions.file, input)).toMatchObject({ ok: true });
    const again = await runAs(users.liaison1!, residencyActions.file, input);
    expect(again.ok ? null : again.fieldErrors).toEqual({ applicantIdNumber: ["residency.errors.duplicate"] });
    expect(await runAs(users.liaison1!, residencyActions.file, { ...input, kind: "RESIDENCE_PERMIT" })).toMatchObject({
      ok: true,
    });
  });

  it("answers bad applicant data at the fields", async () => {
    const result = await runAs(
      users.liaison1!,
      residencyActions.file,
      applicant({
        applicantIdNumber: wrongCheck(idNumber()),
        applicantPhone: "12345",
        education: "",
        greenChannel: "on",
        greenChannelReason: "",
      }),
    );
    expect(result.ok ? null : result.fieldErrors).toEqual({
      applicantIdNumber: ["validation.residentId.checkChar"],
      applicantPhone: ["validation.mobile.format"],
      education: ["residency.errors.educationRequired"],
      greenChannelReason: ["residency.errors.greenChannelReasonRequired"],
    });
    const feb30 = "37028519910230" + "123";
    const noDate = await runAs(
      users.liaison1!,
      residencyActions.file,
      applicant({ applicantIdNumber: feb30 + residentIdCheckChar(feb30) }),
    );
    expect(noDate.ok ? null : noDate.fieldErrors?.applicantIdNumber).toEqual(["validation.residentId.birthDate"]);
  });
});

describe("personal data", () => {
  it("shows full numbers only to the reviewing officer, and audits every such view", async () => {
    const { getRequestForUser } = await import("@/lib/residency/queries");
    const id = await requestIn("UNDER_REVIEW");
    const full = (await getDb().residencyRequest.findUniqueOrThrow({ where: { id } })).applicantIdNumber;
    const views = () => getDb().auditEvent.count({ where: { entityId: id, action: "residency.viewPii" } });
    const seen = await getRequestForUser(users.officer1!, id);
    expect(seen).toMatchObject({ applicantIdNumber: full, fullApplicant: true });
    expect(await views()).toBe(1);
    for (const name of ["liaison1", "chief"] as Name[]) {
      const masked = await getRequestForUser(users[name]!, id);
      expect(masked!.applicantIdNumber).toBe(`${full.slice(0, 4)}**********${full.slice(14)}`);
      expect(masked!.applicantPhone).toBe("138****5678");
      expect(JSON.stringify(masked)).not.toContain(full);
    }
    expect(await views()).toBe(1);
    for (const name of ["liaison2", "officer2", "admin"] as Name[]) {
      expect(await getRequestForUser(users[name]!, id)).toBeNull();
    }
  });

  it("never puts a full number in a list, for any role", async () => {
    const { listRequests } = await import("@/lib/residency/queries");
    await requestIn("SUBMITTED");
    const all = await getDb().residencyRequest.findMany({ select: { applicantIdNumber: true, applicantPhone: true } });
    for (const name of NAMES) {
      const text = JSON.stringify(await listRequests(users[name]!, { pageSize: 500 }));
      for (const r of all) {
        expect(text).not.toContain(r.applicantIdNumber);
        expect(text).not.toContain(r.applicantPhone);
      }
    }
  });

  it("serves a document's file only to those who may open its request", async () => {
    const id = await requestIn("SUBMITTED");
    const attachmentId = (await docs(id)).find((d) => d.attachmentId)!.attachmentId!;
    const opens = async (name: Name) => Boolean(await findAttachmentForUser(users[name]!, attachmentId));
    expect(await Promise.all(NAMES.map(opens))).toEqual([true, false, true, false, true, false]);
    // A draft's file stays with the enterprise.
    const draft = await requestIn("DRAFT");
    const [first] = await docs(draft);
    await uploadDocument(users.liaison1!, { requestId: draft, version: 0, documentId: first!.id }, [scan()]);
    const draftFile = (await getDb().residencyDocument.findUniqueOrThrow({ where: { id: first!.id } })).attachmentId!;
    expect(await findAttachmentForUser(users.liaison1!, draftFile)).not.toBeNull();
    expect(await findAttachmentForUser(users.officer1!, draftFile)).toBeNull();
  });

  it("refuses a file that is not a PDF or image", async () => {
    const id = await requestIn("DRAFT");
    const text = new File([new TextEncoder().encode("not a scan")], "id.png", { type: "image/png" });
    const result = await runAs(users.liaison1!, residencyActions.upload, {
      requestId: id,
      version: 0,
      documents: [{ documentId: (await docs(id))[0]!.id, file: [text] }],
    });
    expect(result.ok ? null : Object.keys(result.fieldErrors ?? {})).toEqual(["documents.0.file"]);
  });
});

describe("window appointments", () => {
  it("gives the last place to exactly one of two concurrent bookings", async () => {
    const a = await requestIn("SUBMITTED", { serviceMode: "APPOINTMENT" });
    const b = await requestIn("SUBMITTED", { serviceMode: "APPOINTMENT" });
    const slot = await freeSlotFor(a);
    await getDb().appointmentSlot.update({ where: { id: slot.id }, data: { capacity: 3, booked: 2 } });
    const results = await Promise.allSettled([
      bookSlot(users.liaison1!, { requestId: a, slotId: slot.id }),
      bookSlot(users.liaison1!, { requestId: b, slotId: slot.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ fieldErrors: { slotId: ["residency.errors.slotFull"] } });
    expect(await getDb().appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({
      booked: 3,
      capacity: 3,
    });
    expect(await getDb().appointment.count({ where: { slotId: slot.id, cancelledAt: null } })).toBe(1);
  });

  it("moves a booking by releasing the old place and taking the new one, and cancelling gives it back", async () => {
    const id = await requestIn("SUBMITTED", { serviceMode: "WINDOW" });
    const first = await freeSlotFor(id);
    await bookSlot(users.liaison1!, { requestId: id, slotId: first.id });
    const second = await freeSlotFor(id);
    expect(second.id).not.toBe(first.id);
    await bookSlot(users.liaison1!, { requestId: id, slotId: second.id });
    const places = async () => [
      (await getDb().appointmentSlot.findUniqueOrThrow({ where: { id: first.id } })).booked,
      (await getDb().appointmentSlot.findUniqueOrThrow({ where: { id: second.id } })).booked,
    ];
    expect(await places()).toEqual([0, 1]);
    // A full target keeps the old booking.
    const full = await getDb().appointmentSlot.update({ where: { id: first.id }, data: { capacity: 1, booked: 1 } });
    await expect(bookSlot(users.liaison1!, { requestId: id, slotId: full.id })).rejects.toMatchObject({
      key: "errors.invalidInput",
    });
    expect((await getDb().appointment.findUniqueOrThrow({ where: { requestId: id } })).slotId).toBe(second.id);
    await cancelBooking(users.liaison1!, { requestId: id });
    expect(await places()).toEqual([1, 0]);
    await expect(cancelBooking(users.liaison1!, { requestId: id })).rejects.toMatchObject({
      key: "residency.errors.noBooking",
    });
  });

  it("books only window modes", async () => {
    const id = await requestIn("SUBMITTED", { serviceMode: "ONLINE" });
    const slot = await freeSlotFor(id);
    expect(await runAs(users.liaison1!, residencyActions.book, { requestId: id, slotId: slot.id })).toMatchObject({
      ok: false,
      message: "residency.errors.notWindowMode",
    });
  });
});

describe("batch filing", () => {
  const good = [idNumber(), idNumber(), idNumber()];
  const badCheck = wrongCheck(idNumber());
  const csv = [
    "姓名,身份证号,手机号码,办理事项,学历,办理方式",
    `王一,${good[0]},13800001111,人才落户,硕士,窗口`,
    `王二,${good[1]},138 0000 2222,集体户,,`,
    `王三,${good[2]},13800003333,居住证,本科,上门`,
    `王四,${badCheck},13800004444,居住证,,`,
    `王五,${good[0]!.slice(0, 6)}19910231${good[0]!.slice(14, 17)}X,13800005555,居住证,,`,
    `王六,${idNumber()},1380000,居住证,,`,
    `王七,${idNumber()},13800007777,落户,,`,
    `王八,${idNumber()},13800008888,人才落户,,`,
    `王一,${good[0]},13800001111,人才落户,硕士,窗口`,
  ].join("\n");
  const file = () => new File([new TextEncoder().encode(csv)], "新员工.csv", { type: "text/csv" });

  it("previews every row with its errors, creates the valid ones as drafts, and never twice", async () => {
    const l1 = users.liaison1!;
    const preview = await runAs(l1, residencyActions.previewBatch, { file: file() });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.counts).toEqual({ valid: 3, error: 5, duplicate: 1 });
    const byLine = Object.fromEntries(preview.data.rows.map((r) => [r.line, r]));
    expect(byLine[5]!.errors).toEqual({ applicantIdNumber: ["validation.residentId.checkChar"] });
    expect(byLine[6]!.errors).toEqual({ applicantIdNumber: ["validation.residentId.birthDate"] });
    expect(byLine[7]!.errors).toEqual({ applicantPhone: ["validation.mobile.format"] });
    expect(byLine[8]!.errors).toEqual({ kind: ["residency.errors.kindRequired"] });
    expect(byLine[9]!.errors).toEqual({ education: ["residency.errors.educationRequired"] });
    expect(byLine[10]!.status).toBe("duplicate");
    expect(JSON.stringify(preview.data)).not.toContain(good[0]);
    expect(await getDb().residencyRequest.count({ where: { applicantIdNumber: { in: good } } })).toBe(0);

    const created = await runAs(l1, residencyActions.createBatch, { file: file() });
    expect(created).toMatchObject({ ok: true, data: { created: 3, skipped: 6 } });
    const rows = await getDb().residencyRequest.findMany({
      where: { applicantIdNumber: { in: good } },
      include: { documents: true },
    });
    expect(
      rows.map((r) => `${r.kind} ${r.status} ${r.serviceMode} ${r.enterpriseId === l1.enterpriseId}`).sort(),
    ).toEqual([
      "COLLECTIVE_HOUSEHOLD DRAFT WINDOW true",
      "RESIDENCE_PERMIT DRAFT DOOR_TO_DOOR true",
      "TALENT_SETTLEMENT DRAFT WINDOW true",
    ]);
    expect(rows.every((r) => r.documents.length > 0)).toBe(true);

    const again = await runAs(l1, residencyActions.previewBatch, { file: file() });
    expect(again.ok && again.data.counts).toEqual({ valid: 0, error: 5, duplicate: 4 });
    expect(await runAs(l1, residencyActions.createBatch, { file: file() })).toMatchObject({
      ok: false,
      message: "residency.errors.nothingToCreate",
    });
    expect(await getDb().residencyRequest.count({ where: { applicantIdNumber: { in: good } } })).toBe(3);
  });

  it("reads an .xlsx the same way", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("新员工");
    sheet.addRow(["Name", "ID number", "Mobile", "Kind", "Education"]);
    sheet.addRow(["Li Ming", idNumber(), "13900001111", "Residence permit", ""]);
    sheet.addRow(["Wu Fang", "123", "13900002222", "ID card", ""]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const xlsx = new File([bytes], "staff.xlsx", {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const preview = await runAs(users.liaison1!, residencyActions.previewBatch, { file: xlsx });
    expect(preview.ok && preview.data.counts).toEqual({ valid: 1, error: 1, duplicate: 0 });
  });

  it("names missing columns, and is for liaisons only", async () => {
    const noId = new File([new TextEncoder().encode("姓名,手机号码\n王一,13800001111\n")], "x.csv", {
      type: "text/csv",
    });
    const preview = await runAs(users.liaison1!, residencyActions.previewBatch, { file: noId });
    expect(preview.ok && preview.data.missingColumns).toEqual(["kind", "applicantIdNumber"]);
    expect(await runAs(users.officer1!, residencyActions.createBatch, { file: file() })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
  });
});

describe("checklists", () => {
  it("are edited by admins only; new requests get the active items", async () => {
    const item = {
      kind: "ID_CARD",
      code: "household-proof",
      label: "户籍证明",
      labelEn: "Household certificate",
      required: "on",
      active: "on",
      sortOrder: 9,
    };
    for (const name of ["liaison1", "officer1", "chief"] as Name[]) {
      expect(await runAs(users[name]!, residencyActions.saveRequirement, item)).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
    }
    const saved = await runAs(users.admin!, residencyActions.saveRequirement, item);
    if (!saved.ok) throw new Error(saved.message);
    expect(await runAs(users.admin!, residencyActions.saveRequirement, item)).toMatchObject({
      ok: false,
      fieldErrors: { code: ["residency.errors.codeTaken"] },
    });
    const withItem = await requestIn("DRAFT", { kind: "ID_CARD" });
    expect((await docs(withItem)).map((d) => d.requirement.code)).toContain("household-proof");
    expect(
      await runAs(users.admin!, residencyActions.saveRequirement, {
        ...item,
        requirementId: saved.data.id,
        active: "",
      }),
    ).toMatchObject({ ok: true });
    const without = await requestIn("DRAFT", { kind: "ID_CARD" });
    expect((await docs(without)).map((d) => d.requirement.code)).not.toContain("household-proof");
    expect(
      await getDb().auditEvent.count({
        where: { entityId: saved.data.id, action: { startsWith: "residency.checklist." } },
      }),
    ).toBe(2);
  });
});

describe("figures", () => {
  it("counts completed, green-channel share and waiting reviews in the user's scope", async () => {
    const { residencyFigures } = await import("@/lib/residency/figures");
    const { reviewsWaiting } = await import("@/lib/residency/queries");
    const from = addDays(clock.now(), -365);
    const to = addDays(clock.now(), 1);
    const chief = await residencyFigures(users.chief!, { from, to });
    const officer = await residencyFigures(users.officer1!, { from, to });
    expect(chief.completed).toBeGreaterThanOrEqual(officer.completed);
    expect(chief.greenShare).toBeGreaterThanOrEqual(0);
    expect(chief.greenShare).toBeLessThanOrEqual(1);
    expect(await reviewsWaiting(users.officer1!)).toBe(officer.waitingReviews);
    expect(await residencyFigures(users.admin!, { from, to })).toEqual({
      completed: 0,
      completedGreen: 0,
      greenShare: 0,
      waitingReviews: 0,
    });
  });
});
