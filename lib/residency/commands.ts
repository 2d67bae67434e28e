import { getDb } from "../db/index.ts";
import type { Prisma, ResidencyRequest } from "../db/generated/client.ts";
import type { ResidencyKind, ResidencyStatus } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed, type Question } from "../auth/question.ts";
import { assertSeenVersion, updateIfUnchanged } from "../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../audit/record.ts";
import { notify, type NotificationKind, type NotificationParams } from "../notifications/notify.ts";
import { attachmentRows, discardUploads, prepareUploads, type PreparedUpload } from "../attachments/store.ts";
import { liaisonsOf } from "../notifications/recipients.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { chinaDate } from "../time/china.ts";
import {
  DOCUMENT_REVIEW_STATUSES,
  EDITABLE_STATUSES,
  FINAL_STATUSES,
  SCHEDULE_STATUSES,
  isChecklistAccepted,
  missingItems,
  residencyMachine,
  type ResidencyTransition,
} from "./machine.ts";
import { nextYearlyNumber } from "../counters/yearly-number.ts";
import {
  canFileResidency,
  canReviewResidency,
  canTakeResidencyStep,
  residencyScope,
  serviceOfficerWhere,
} from "./policy.ts";
import { EDUCATION_REQUIRED_KINDS, type ApplicantInput, type EditDraftInput, type RequestRef } from "./schemas.ts";
import { clock } from "../time/clock.ts";

type Tx = Prisma.TransactionClient;

export const residencyLink = (id: string) => `/residency/${id}`;

/** The liaison's own active enterprise; a liaison without one cannot file. */
async function ownEnterprise(tx: Tx, user: SessionUser) {
  const enterpriseId = requireScopeId(user.enterpriseId, "enterprise");
  const enterprise = await tx.enterprise.findFirst({
    where: { id: enterpriseId, bureauId: user.bureauId, active: true },
    select: { id: true },
  });
  if (!enterprise) throw new NotFoundError();
  return enterprise.id;
}

/**
 * Requests still in progress for the same person and kind at the same enterprise. A second one
 * would be reviewed twice; once the first is completed or rejected, filing again is legitimate.
 */
export function openDuplicateWhere(
  enterpriseId: string,
  kind: ResidencyKind,
  idNumber: string,
): Prisma.ResidencyRequestWhereInput {
  return { enterpriseId, kind, applicantIdNumber: idNumber, status: { notIn: [...FINAL_STATUSES] } };
}

/** Writes one draft with an empty checklist taken from the bureau's current list for its kind. */
export async function createDraft(tx: Tx, user: SessionUser, enterpriseId: string, input: ApplicantInput, now: Date) {
  const requirements = await tx.documentRequirement.findMany({
    where: { bureauId: user.bureauId, kind: input.kind, active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true },
  });
  const request = await tx.residencyRequest.create({
    data: {
      bureauId: user.bureauId,
      number: await nextYearlyNumber(tx, user.bureauId, "residency", now),
      enterpriseId,
      kind: input.kind,
      applicantName: input.applicantName,
      applicantIdNumber: input.applicantIdNumber,
      applicantPhone: input.applicantPhone,
      education: input.education,
      serviceMode: input.serviceMode,
      greenChannel: input.greenChannel,
      greenChannelReason: input.greenChannelReason,
      createdById: user.id,
      documents: { create: requirements.map((r) => ({ requirementId: r.id })) },
    },
    select: { id: true, number: true },
  });
  // The audit keeps what was filed, without the identity number: the log is read more widely than the request.
  await recordAudit(tx, user, {
    action: "residency.create",
    entity: "ResidencyRequest",
    entityId: request.id,
    after: {
      number: request.number,
      kind: input.kind,
      serviceMode: input.serviceMode,
      greenChannel: input.greenChannel,
      status: "DRAFT",
    },
  });
  return request;
}

/** Filings of one enterprise run one after another, so the duplicate check cannot be raced. */
export async function lockEnterpriseFilings(tx: Tx, enterpriseId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Enterprise" WHERE "id" = ${enterpriseId} FOR UPDATE`;
}

/** A liaison files a request for an employee of their enterprise; it starts as a draft. */
export async function fileRequest(user: SessionUser, input: ApplicantInput) {
  assertAllowed(user, canFileResidency);
  return getDb().$transaction(async (tx) => {
    const enterpriseId = await ownEnterprise(tx, user);
    await lockEnterpriseFilings(tx, enterpriseId);
    const duplicate = await tx.residencyRequest.findFirst({
      where: openDuplicateWhere(enterpriseId, input.kind, input.applicantIdNumber),
      select: { number: true },
    });
    if (duplicate)
      throw new ActionError(
        "residency.errors.duplicate",
        { applicantIdNumber: ["residency.errors.duplicate"] },
        { number: duplicate.number },
      );
    return createDraft(tx, user, enterpriseId, input, clock.now());
  });
}

type Loaded = ResidencyRequest;

/**
 * Loads the request in scope, checks the version and the statuses the change needs, runs `write`,
 * then moves status and version in one conditional UPDATE: of two concurrent changes exactly one wins.
 */
async function change<T>(
  user: SessionUser,
  ref: RequestRef,
  opts: {
    allow: Question;
    statuses: readonly ResidencyStatus[];
    to?: (r: Loaded) => ResidencyStatus;
    data?: (r: Loaded, now: Date) => Prisma.ResidencyRequestUncheckedUpdateManyInput;
  },
  write: (tx: Tx, request: Loaded, now: Date) => Promise<T>,
) {
  assertAllowed(user, opts.allow);
  return getDb().$transaction(async (tx) => {
    const request = await tx.residencyRequest.findFirst({
      where: { AND: [{ id: ref.requestId }, residencyScope(user)] },
    });
    if (!request) throw new NotFoundError();
    assertSeenVersion(request, ref.version);
    if (!opts.statuses.includes(request.status)) throw new ActionError("residency.errors.transitionNotAllowed");
    const now = clock.now();
    const to = opts.to?.(request) ?? request.status;
    const version = await updateIfUnchanged(
      tx.residencyRequest,
      { id: request.id, version: ref.version, status: request.status },
      { ...opts.data?.(request, now), status: to },
    );
    const result = await write(tx, request, now);
    return { id: request.id, status: to, version, result };
  });
}

async function checklistOf(tx: Tx, requestId: string) {
  const docs = await tx.residencyDocument.findMany({
    where: { requestId },
    select: {
      id: true,
      status: true,
      requirement: { select: { code: true, label: true, labelEn: true, required: true, sortOrder: true } },
    },
    orderBy: [{ requirement: { sortOrder: "asc" } }, { requirement: { code: "asc" } }],
  });
  return docs.map((d) => ({ id: d.id, status: d.status, ...d.requirement }));
}

/** The officers who review a request: the enterprise's responsible officer and whoever reviewed it before. */
async function reviewersOf(tx: Tx, request: Loaded): Promise<(string | null)[]> {
  const enterprise = await tx.enterprise.findUnique({
    where: { id: request.enterpriseId },
    select: { responsibleOfficerId: true },
  });
  return [enterprise?.responsibleOfficerId ?? null, request.reviewerId];
}

async function tell(
  tx: Tx,
  user: SessionUser,
  request: Loaded,
  kind: NotificationKind,
  to: (string | null)[],
  extra: NotificationParams = {},
) {
  await notify(tx, to, {
    kind,
    params: { number: request.number, name: request.applicantName, ...extra },
    link: residencyLink(request.id),
    actorId: user.id,
  });
}

const audit = (
  tx: Tx,
  user: SessionUser,
  request: Loaded,
  action: string,
  to: ResidencyStatus,
  after: Record<string, Prisma.InputJsonValue | null> = {},
) =>
  recordAudit(tx, user, {
    action: `residency.${action}`,
    entity: "ResidencyRequest",
    entityId: request.id,
    before: { status: request.status, version: request.version },
    after: { status: to, version: request.version + 1, ...after },
  });

function transitionOpts(
  name: ResidencyTransition,
  data?: (r: Loaded, now: Date) => Prisma.ResidencyRequestUncheckedUpdateManyInput,
) {
  return {
    allow: (user: SessionUser) => canTakeResidencyStep(user, name),
    statuses: residencyMachine.rules[name].from,
    to: (r: Loaded) => residencyMachine.next(r.status, name)!,
    data,
  };
}

/** The liaison edits a draft's applicant and service details. */
export function editDraft(user: SessionUser, input: EditDraftInput) {
  const fields: Omit<EditDraftInput, "requestId" | "version"> & { requestId?: string; version?: number } = { ...input };
  delete fields.requestId;
  delete fields.version;
  return change(
    user,
    input,
    { allow: canFileResidency, statuses: ["DRAFT"], data: () => fields },
    async (tx, request) => {
      if (EDUCATION_REQUIRED_KINDS.includes(request.kind) && !fields.education)
        throw new ActionError("errors.invalidInput", { education: ["residency.errors.educationRequired"] });
      const duplicate = await tx.residencyRequest.findFirst({
        where: {
          AND: [
            openDuplicateWhere(request.enterpriseId, request.kind, fields.applicantIdNumber),
            { id: { not: request.id } },
          ],
        },
        select: { number: true },
      });
      if (duplicate)
        throw new ActionError(
          "residency.errors.duplicate",
          { applicantIdNumber: ["residency.errors.duplicate"] },
          { number: duplicate.number },
        );
      await audit(tx, user, request, "edit", request.status, {
        serviceMode: fields.serviceMode,
        greenChannel: fields.greenChannel,
      });
    },
  );
}

/** One checklist item's new file; `field` is the form field its errors belong to. */
export type DocumentUpload = { documentId: string; file: File; field?: string };

/**
 * The liaison uploads files for one or several checklist items in one step (PDF or image, each
 * checked by its bytes), all or none. A new file replaces the item's previous one; the old row stays
 * for the record but no longer belongs to the request, so it can no longer be opened.
 */
export async function uploadDocuments(user: SessionUser, ref: RequestRef, uploads: DocumentUpload[]) {
  assertAllowed(user, canFileResidency);
  const ids = uploads.map((u) => u.documentId);
  if (!uploads.length || new Set(ids).size !== ids.length) throw new ActionError("errors.invalidField");
  const prepared: PreparedUpload[] = [];
  try {
    // Each file is checked on its own field, so a refusal names the item it belongs to.
    for (const u of uploads) prepared.push(...(await prepareUploads([u.file], u.field ?? "file")));
  } catch (error) {
    await discardUploads(prepared);
    throw error;
  }
  try {
    return await change(user, ref, { allow: canFileResidency, statuses: EDITABLE_STATUSES }, async (tx, request) => {
      const docs = await tx.residencyDocument.findMany({
        where: { id: { in: ids }, requestId: request.id },
        select: { id: true, status: true },
      });
      if (docs.length !== ids.length) throw new NotFoundError();
      const rows = attachmentRows(prepared, { bureauId: user.bureauId, uploadedById: user.id });
      for (const [i, documentId] of ids.entries()) {
        const doc = docs.find((d) => d.id === documentId)!;
        const attachment = await tx.attachment.create({ data: rows[i]!, select: { id: true } });
        await tx.residencyDocument.update({
          where: { id: doc.id },
          data: { status: "RECEIVED", attachmentId: attachment.id, rejectReason: null },
        });
        await audit(tx, user, request, "uploadDocument", request.status, {
          documentId: doc.id,
          from: doc.status,
          attachmentId: attachment.id,
        });
      }
      return { documentIds: ids };
    });
  } catch (error) {
    await discardUploads(prepared);
    throw error;
  }
}

/** One file for one checklist item. */
export async function uploadDocument(user: SessionUser, input: RequestRef & { documentId: string }, files: File[]) {
  const { documentId, ...ref } = input;
  if (files.length !== 1) throw new ActionError("residency.errors.oneFile", { file: ["residency.errors.oneFile"] });
  return uploadDocuments(user, ref, [{ documentId, file: files[0]! }]);
}

/** Submitting (first time, or again after more materials): only with a complete checklist. */
export function submitRequest(user: SessionUser, ref: RequestRef) {
  // The first submission starts the waiting time; a re-submission keeps it, since the applicant has been waiting all along.
  return change(
    user,
    ref,
    transitionOpts("submit", (r, now) => ({ submittedAt: r.submittedAt ?? now })),
    async (tx, request) => {
      const missing = missingItems(await checklistOf(tx, request.id));
      if (missing.length) {
        throw new ActionError(
          "residency.errors.checklistIncomplete",
          { _form: ["residency.errors.checklistIncomplete"] },
          { items: missing.map((m) => ({ zh: m.label, en: m.labelEn })) },
        );
      }
      await audit(tx, user, request, "submit", "SUBMITTED");
      await tell(tx, user, request, "residencySubmitted", await reviewersOf(tx, request));
    },
  );
}

/** An officer takes a submitted request into review and becomes its reviewer. */
export const startReview = (user: SessionUser, ref: RequestRef) =>
  change(
    user,
    ref,
    transitionOpts("startReview", () => ({ reviewerId: user.id })),
    async (tx, request) => {
      await audit(tx, user, request, "startReview", "UNDER_REVIEW", { reviewerId: user.id });
    },
  );

/** The officer accepts or rejects the file of one checklist item while reviewing. */
export function reviewDocument(
  user: SessionUser,
  input: RequestRef & { documentId: string; decision: "ACCEPT" | "REJECT"; reason: string },
) {
  return change(user, input, { allow: canReviewResidency, statuses: DOCUMENT_REVIEW_STATUSES }, async (tx, request) => {
    const doc = await tx.residencyDocument.findFirst({
      where: { id: input.documentId, requestId: request.id },
      select: { id: true, status: true, attachmentId: true },
    });
    if (!doc) throw new NotFoundError();
    // Nothing has arrived to judge. An item received without a file (paper handed in at the window) may be judged.
    if (doc.status === "MISSING") throw new ActionError("residency.errors.noFile");
    const status = input.decision === "ACCEPT" ? "ACCEPTED" : "REJECTED";
    await tx.residencyDocument.update({
      where: { id: doc.id },
      data: { status, rejectReason: status === "REJECTED" ? input.reason : null },
    });
    await audit(tx, user, request, "reviewDocument", request.status, {
      documentId: doc.id,
      from: doc.status,
      to: status,
    });
    return { documentId: doc.id, status };
  });
}

/**
 * The officer asks for more: the chosen items are marked rejected (keeping a reason already given)
 * and the liaisons are told exactly which items are wanted.
 */
export function askMaterials(user: SessionUser, input: RequestRef & { documentIds: string[]; note: string }) {
  return change(
    user,
    input,
    transitionOpts("askMaterials", () => ({ materialsNote: input.note })),
    async (tx, request) => {
      const checklist = await checklistOf(tx, request.id);
      const wanted = checklist.filter((d) => input.documentIds.includes(d.id));
      if (wanted.length !== new Set(input.documentIds).size)
        throw new ActionError("errors.invalidInput", { documentIds: ["residency.errors.itemsRequired"] });
      for (const doc of wanted) {
        await tx.residencyDocument.updateMany({
          where: { id: doc.id, status: { not: "REJECTED" } },
          data: { status: "REJECTED", rejectReason: input.note },
        });
      }
      await audit(tx, user, request, "askMaterials", "NEEDS_MATERIALS", {
        items: wanted.map((d) => d.code),
        note: input.note,
      });
      await tell(tx, user, request, "residencyNeedsMaterials", await liaisonsOf(tx, request.enterpriseId), {
        items: wanted.map((d) => d.label).join("、"),
        itemsEn: wanted.map((d) => d.labelEn).join(", "),
      });
    },
  );
}

/** Approval: every required item accepted. */
export const approveRequest = (user: SessionUser, ref: RequestRef) =>
  change(user, ref, transitionOpts("approve"), async (tx, request) => {
    if (!isChecklistAccepted(await checklistOf(tx, request.id)))
      throw new ActionError("residency.errors.notAllAccepted");
    await audit(tx, user, request, "approve", "APPROVED");
    await tell(tx, user, request, "residencyApproved", await liaisonsOf(tx, request.enterpriseId));
  });

/** The registration is done (办结). */
export const completeRequest = (user: SessionUser, ref: RequestRef) =>
  change(
    user,
    ref,
    transitionOpts("complete", (_r, now) => ({ completedAt: now })),
    async (tx, request) => {
      await audit(tx, user, request, "complete", "COMPLETED");
      await tell(tx, user, request, "residencyCompleted", await liaisonsOf(tx, request.enterpriseId));
    },
  );

export const rejectRequest = (user: SessionUser, ref: RequestRef & { reason: string }) =>
  change(
    user,
    ref,
    transitionOpts("reject", () => ({ rejectReason: ref.reason, reviewerId: user.id })),
    async (tx, request) => {
      await audit(tx, user, request, "reject", "REJECTED", { reason: ref.reason });
      await tell(tx, user, request, "residencyRejected", await liaisonsOf(tx, request.enterpriseId), {
        reason: ref.reason,
      });
    },
  );

/** Modes in which the police go to the applicant (or act for them) and so need a date and an officer. */
export const SCHEDULED_MODES = ["DOOR_TO_DOOR", "PROXY"] as const;

/** The officer sets the date and the officer for door-to-door or proxy service. */
export function scheduleService(
  user: SessionUser,
  input: RequestRef & { serviceOfficerId: string; serviceDate: Date },
) {
  return change(
    user,
    input,
    {
      allow: canReviewResidency,
      statuses: SCHEDULE_STATUSES,
      data: () => ({ serviceOfficerId: input.serviceOfficerId, serviceDate: input.serviceDate }),
    },
    async (tx, request) => {
      if (!(SCHEDULED_MODES as readonly string[]).includes(request.serviceMode))
        throw new ActionError("residency.errors.notScheduledMode");
      const officer = await tx.user.findFirst({
        where: { ...serviceOfficerWhere, id: input.serviceOfficerId, bureauId: user.bureauId, active: true },
        select: { id: true },
      });
      if (!officer)
        throw new ActionError("errors.invalidInput", { serviceOfficerId: ["residency.errors.officerInvalid"] });
      await audit(tx, user, request, "schedule", request.status, {
        serviceOfficerId: officer.id,
        serviceDate: input.serviceDate.toISOString(),
      });
      await tell(
        tx,
        user,
        request,
        "residencyServiceScheduled",
        [...(await liaisonsOf(tx, request.enterpriseId)), officer.id],
        { date: chinaDate(input.serviceDate) },
      );
    },
  );
}
