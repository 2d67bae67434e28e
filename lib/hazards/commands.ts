import { getDb } from "../db/index.ts";
import type { Hazard, Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { assertSeenVersion, updateIfUnchanged } from "../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../audit/record.ts";
import { notify, type NotificationKind } from "../notifications/notify.ts";
import { attachmentRows, discardUploads, prepareUploads, type PreparedUpload } from "../attachments/store.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { ticketScope } from "../tickets/policy.ts";
import { visitScope } from "../visits/policy.ts";
import { liaisonsOf } from "../notifications/recipients.ts";
import { hazardMachine, type HazardTransition } from "./machine.ts";
import { canListHazards, canTakeHazardStep, hazardScope } from "./policy.ts";
import type { HazardDraft, HazardRef, ListHazardInput } from "./schemas.ts";
import { clock } from "../time/clock.ts";

type Tx = Prisma.TransactionClient;

export const hazardLink = (id: string) => `/hazards/${id}`;

/** Notifications quote the description; a short excerpt keeps them readable in a list. */
const excerpt = (description: string) => (description.length > 60 ? `${description.slice(0, 59)}…` : description);

/** The most recent earlier hazard at the same place of the same enterprise; a blank location never repeats. */
async function earlierAtSameLocation(tx: Tx, enterpriseId: string, location: string): Promise<string | null> {
  const place = location.trim();
  if (!place) return null;
  const earlier = await tx.hazard.findFirst({
    where: { enterpriseId, location: { equals: place, mode: "insensitive" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return earlier?.id ?? null;
}

/** A source record must be one the user can see, of the same enterprise; otherwise the field is wrong. */
async function checkSource(
  tx: Tx,
  user: SessionUser,
  enterpriseId: string,
  input: Pick<ListHazardInput, "visitId" | "ticketId">,
) {
  if (input.visitId) {
    const visit = await tx.visit.findFirst({
      where: { AND: [{ id: input.visitId, enterpriseId }, visitScope(user)] },
      select: { id: true },
    });
    if (!visit) throw new ActionError("errors.invalidInput", { visitId: ["hazards.errors.sourceInvalid"] });
    return "VISIT" as const;
  }
  if (input.ticketId) {
    const ticket = await tx.ticket.findFirst({
      where: { AND: [{ id: input.ticketId, enterpriseId }, ticketScope(user)] },
      select: { id: true },
    });
    if (!ticket) throw new ActionError("errors.invalidInput", { ticketId: ["hazards.errors.sourceInvalid"] });
    return "TICKET" as const;
  }
  return "DIRECT" as const;
}

type HazardOrigin = {
  source: "VISIT" | "PATROL" | "TICKET" | "DIRECT";
  visitId?: string;
  patrolLogId?: string;
  ticketId?: string;
};

/**
 * Writes one hazard of an enterprise already checked to be in the user's scope, with its photos, and
 * tells the enterprise's liaisons. Shared by listing on its own and listing while logging a visit.
 */
export async function recordHazard(
  tx: Tx,
  user: SessionUser,
  enterpriseId: string,
  draft: Omit<HazardDraft, "attachments">,
  origin: HazardOrigin,
  photos: PreparedUpload[],
) {
  const repeatOfId = await earlierAtSameLocation(tx, enterpriseId, draft.location);
  const hazard = await tx.hazard.create({
    data: {
      bureauId: user.bureauId,
      enterpriseId,
      source: origin.source,
      visitId: origin.visitId ?? null,
      patrolLogId: origin.patrolLogId ?? null,
      ticketId: origin.ticketId ?? null,
      description: draft.description,
      location: draft.location,
      severity: draft.severity,
      deadline: draft.deadline,
      listedById: user.id,
      repeatOfId,
    },
  });
  if (photos.length)
    await tx.attachment.createMany({
      data: attachmentRows(photos, { bureauId: user.bureauId, uploadedById: user.id, hazardId: hazard.id }),
    });
  await recordAudit(tx, user, {
    action: "hazard.list",
    entity: "Hazard",
    entityId: hazard.id,
    after: {
      enterpriseId,
      severity: hazard.severity,
      deadline: hazard.deadline.toISOString(),
      repeatOfId,
      status: hazard.status,
      photos: photos.length,
    },
  });
  await notify(tx, await liaisonsOf(tx, enterpriseId), {
    kind: "hazardListed",
    params: { description: excerpt(hazard.description) },
    link: hazardLink(hazard.id),
    actorId: user.id,
  });
  return { id: hazard.id, enterpriseId, repeatOfId };
}

/** An officer (or chief) lists a hazard at an enterprise in their scope, with optional photos; its liaisons are told. */
export async function listHazard(user: SessionUser, { attachments = [], ...input }: ListHazardInput) {
  // The action wrapper asks too; commands are also called directly (seeds, jobs, tests).
  assertAllowed(user, canListHazards);
  // Files are checked and stored before the transaction, and removed again if it fails.
  const photos = attachments.length ? await prepareUploads(attachments) : [];
  try {
    return await getDb().$transaction(async (tx) => {
      const enterprise = await tx.enterprise.findFirst({
        where: { AND: [{ id: input.enterpriseId, active: true }, enterpriseScope(user)] },
        select: { id: true },
      });
      if (!enterprise) throw new NotFoundError();
      const source = await checkSource(tx, user, enterprise.id, input);
      return recordHazard(
        tx,
        user,
        enterprise.id,
        input,
        { source, visitId: input.visitId, ticketId: input.ticketId },
        photos,
      );
    });
  } catch (error) {
    await discardUploads(photos);
    throw error;
  }
}

type Step = {
  data: (now: Date) => Prisma.HazardUpdateManyMutationInput;
  /** Who hears of the change, and how. */
  notice?: (tx: Tx, hazard: Hazard) => Promise<{ kind: NotificationKind; to: (string | null)[] }>;
  /** More writes of the same change, in the same transaction (attachments). */
  after?: (tx: Tx, hazard: Hazard) => Promise<void>;
  note?: string;
};

const assertMayTake = (user: SessionUser, name: HazardTransition) =>
  assertAllowed(user, (u) => canTakeHazardStep(u, name));

/** One status change: scope, machine, policy, version check in the UPDATE, audit and notification together. */
async function transition(user: SessionUser, name: HazardTransition, ref: HazardRef, step: Step) {
  assertMayTake(user, name);
  return getDb().$transaction(async (tx) => {
    const hazard = await tx.hazard.findFirst({ where: { AND: [{ id: ref.hazardId }, hazardScope(user)] } });
    if (!hazard) throw new NotFoundError();
    assertSeenVersion(hazard, ref.version);
    const to = hazardMachine.next(hazard.status, name);
    if (!to) throw new ActionError("hazards.errors.transitionNotAllowed");
    const now = clock.now();
    const version = await updateIfUnchanged(
      tx.hazard,
      { id: hazard.id, version: ref.version, status: hazard.status },
      { ...step.data(now), status: to },
    );
    await step.after?.(tx, hazard);
    await recordAudit(tx, user, {
      action: `hazard.${name}`,
      entity: "Hazard",
      entityId: hazard.id,
      before: { status: hazard.status, version: hazard.version },
      after: { status: to, version, ...(step.note ? { note: step.note } : {}) },
    });
    const notice = await step.notice?.(tx, hazard);
    if (notice)
      await notify(tx, notice.to, {
        kind: notice.kind,
        params: { description: excerpt(hazard.description) },
        link: hazardLink(hazard.id),
        actorId: user.id,
      });
    return { id: hazard.id, enterpriseId: hazard.enterpriseId, status: to, version };
  });
}

const toLiaisons = (kind: NotificationKind) => async (tx: Tx, hazard: Hazard) => ({
  kind,
  to: await liaisonsOf(tx, hazard.enterpriseId),
});

export const startRectifying = (user: SessionUser, ref: HazardRef) =>
  // Nobody needs telling: the police wait for the report, not for the start.
  transition(user, "start", ref, { data: () => ({}) });

/** The enterprise reports the hazard fixed, with a note and optional photos; the listing officer is told. */
export async function reportRectification(user: SessionUser, input: HazardRef & { note: string }, files: File[] = []) {
  // Refused before any file is stored.
  assertMayTake(user, "report");
  // Files are checked and stored before the transaction, and removed again if it fails.
  const prepared: PreparedUpload[] = files.length ? await prepareUploads(files) : [];
  try {
    return await transition(user, "report", input, {
      note: input.note,
      data: (now) => ({ rectifyNote: input.note, rectifiedAt: now }),
      after: async (tx, hazard) => {
        if (prepared.length)
          await tx.attachment.createMany({
            data: attachmentRows(prepared, { bureauId: user.bureauId, uploadedById: user.id, hazardId: hazard.id }),
          });
      },
      notice: async (_tx, hazard) => ({ kind: "hazardRectified", to: [hazard.listedById] }),
    });
  } catch (error) {
    await discardUploads(prepared);
    throw error;
  }
}

/** 销号: the police accept the rectification. */
export const closeHazard = (user: SessionUser, ref: HazardRef) =>
  transition(user, "close", ref, {
    data: (now) => ({ closedAt: now, verifiedById: user.id, sendBackReason: null }),
    notice: toLiaisons("hazardClosed"),
  });

/** The police refuse the rectification; the enterprise works on it again. */
export const sendBackHazard = (user: SessionUser, ref: HazardRef & { reason: string }) =>
  transition(user, "sendBack", ref, {
    note: ref.reason,
    data: () => ({ sendBackReason: ref.reason, verifiedById: user.id }),
    notice: toLiaisons("hazardSentBack"),
  });
