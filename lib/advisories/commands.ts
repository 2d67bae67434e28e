import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { recordAudit } from "../audit/record.ts";
import { notify } from "../notifications/notify.ts";
import { attachmentRows, discardUploads, prepareUploads } from "../attachments/store.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { clock } from "../time/clock.ts";
import { HOUR_MS } from "../time/china.ts";
import {
  addressableEnterprises,
  advisoryScope,
  canAcknowledgeAdvisories,
  canFollowUpAdvisories,
  canSendAdvisories,
  recipientScope,
} from "./policy.ts";
import { TARGET_FIELDS, type AdvisoryRef, type SendAdvisoryInput } from "./schemas.ts";

type Tx = Prisma.TransactionClient;

export const advisoryLink = (id: string) => `/advisories/${id}`;

/** A second reminder within this time would only nag; the liaisons were told an hour ago. */
export const REMIND_INTERVAL_MS = HOUR_MS;

/** Thousands of recipient rows are written in one send; Prisma's default five seconds is too tight on a busy pool. */
const SEND_TIMEOUT_MS = 60_000;

type Target = Pick<SendAdvisoryInput, "targetKind" | "targetValues">;

/** The enterprises a target names, before the sender's scope narrows them. */
function targetWhere({ targetKind, targetValues }: Target): Prisma.EnterpriseWhereInput {
  switch (targetKind) {
    case "COUNTY":
      return {};
    case "KEY_PROJECTS":
      return { keyProject: true };
    case "STATIONS":
      return { workstation: { stationId: { in: targetValues } } };
    case "WORKSTATIONS":
      return { workstationId: { in: targetValues } };
    case "INDUSTRIES":
      return { industry: { in: targetValues } };
    case "ENTERPRISES":
      return { id: { in: targetValues } };
  }
}

/** Every chosen station or workstation must be an active one of the sender's county; anything else is a wrong field. */
async function checkUnits(tx: Tx, bureauId: string, target: Target) {
  const field = TARGET_FIELDS[target.targetKind];
  const where = { bureauId, active: true, id: { in: target.targetValues } };
  const found =
    target.targetKind === "STATIONS"
      ? await tx.station.count({ where })
      : target.targetKind === "WORKSTATIONS"
        ? await tx.workstation.count({ where })
        : target.targetValues.length;
  if (field && found !== target.targetValues.length)
    throw new ActionError("errors.invalidInput", { [field]: ["advisories.errors.targetInvalid"] });
}

/**
 * The active enterprises an advisory from this user to this target reaches, with the station each
 * belongs to now. An officer's target is narrowed to their own enterprises; naming one outside them
 * is refused rather than silently dropped.
 */
export async function resolveRecipients(tx: Tx, user: SessionUser, target: Target) {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  await checkUnits(tx, bureauId, target);
  const enterprises = await tx.enterprise.findMany({
    where: { AND: [addressableEnterprises(user), targetWhere(target)] },
    select: { id: true, workstation: { select: { stationId: true } } },
    orderBy: { id: "asc" },
  });
  if (target.targetKind === "ENTERPRISES" && enterprises.length !== target.targetValues.length)
    throw new ActionError("errors.invalidInput", { enterpriseIds: ["advisories.errors.enterpriseOutOfScope"] });
  if (enterprises.length === 0)
    throw new ActionError("advisories.errors.noRecipients", {
      [TARGET_FIELDS[target.targetKind] ?? "targetKind"]: ["advisories.errors.noRecipients"],
    });
  return enterprises.map((e) => ({ enterpriseId: e.id, stationId: e.workstation.stationId }));
}

/** The active liaisons of the enterprises an advisory reached (optionally only those not yet acknowledged). */
async function liaisonsReached(tx: Tx, advisoryId: string, onlyUnacknowledged: boolean): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: {
      role: "LIAISON",
      active: true,
      enterprise: {
        advisories: { some: { advisoryId, ...(onlyUnacknowledged ? { acknowledgedAt: null } : {}) } },
      },
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * Sends an advisory: one recipient row per enterprise reached and one tally row per station, written
 * with the advisory, its attachment, the audit entry and the liaisons' notifications in one transaction.
 */
export async function sendAdvisory(user: SessionUser, { attachments = [], ...input }: SendAdvisoryInput) {
  assertAllowed(user, canSendAdvisories);
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const files = attachments.length ? await prepareUploads(attachments) : [];
  try {
    return await getDb().$transaction(
      async (tx) => {
        const recipients = await resolveRecipients(tx, user, input);
        const now = clock.now();
        const urgent = input.urgency === "URGENT";
        const advisory = await tx.advisory.create({
          data: {
            bureauId,
            senderId: user.id,
            title: input.title,
            body: input.body,
            urgency: input.urgency,
            expiresAt: input.expiresOn,
            targetKind: input.targetKind,
            targetValues: input.targetValues,
            recipientCount: recipients.length,
            createdAt: now,
          },
        });
        await tx.advisoryRecipient.createMany({
          data: recipients.map((r) => ({
            advisoryId: advisory.id,
            enterpriseId: r.enterpriseId,
            bureauId,
            stationId: r.stationId,
            urgent,
            expiresAt: input.expiresOn,
            createdAt: now,
          })),
        });
        const perStation = new Map<string, number>();
        for (const r of recipients) perStation.set(r.stationId, (perStation.get(r.stationId) ?? 0) + 1);
        await tx.advisoryStationTally.createMany({
          data: [...perStation].map(([stationId, count]) => ({
            advisoryId: advisory.id,
            stationId,
            bureauId,
            sentAt: now,
            recipients: count,
          })),
        });
        if (files.length)
          await tx.attachment.createMany({
            data: attachmentRows(files, { bureauId, uploadedById: user.id, advisoryId: advisory.id }),
          });
        await recordAudit(tx, user, {
          action: "advisory.send",
          entity: "Advisory",
          entityId: advisory.id,
          after: {
            title: advisory.title,
            urgency: advisory.urgency,
            targetKind: advisory.targetKind,
            targets: input.targetValues.length,
            recipients: recipients.length,
            expiresAt: advisory.expiresAt?.toISOString() ?? null,
            attachments: files.length,
          },
        });
        await notify(tx, await liaisonsReached(tx, advisory.id, false), {
          kind: urgent ? "advisoryUrgent" : "advisoryNew",
          params: { title: advisory.title },
          link: advisoryLink(advisory.id),
          actorId: user.id,
        });
        return { id: advisory.id, recipients: recipients.length };
      },
      { timeout: SEND_TIMEOUT_MS },
    );
  } catch (error) {
    await discardUploads(files);
    throw error;
  }
}

/** The user's enterprise's row of an advisory, or not found (another enterprise's advisory is invisible). */
async function ownRecipientRow(tx: Tx, user: SessionUser, advisoryId: string) {
  const row = await tx.advisoryRecipient.findFirst({
    where: { AND: [{ advisoryId }, recipientScope(user)] },
    select: { advisoryId: true, enterpriseId: true, stationId: true, readAt: true, acknowledgedAt: true },
  });
  if (!row) throw new NotFoundError();
  return row;
}

/** Marks the row read once; only the first reading counts in the tally. */
async function markReadIn(tx: Tx, row: { advisoryId: string; enterpriseId: string; stationId: string }) {
  const { count } = await tx.advisoryRecipient.updateMany({
    where: { advisoryId: row.advisoryId, enterpriseId: row.enterpriseId, readAt: null },
    data: { readAt: clock.now() },
  });
  if (count)
    await tx.advisoryStationTally.update({
      where: { advisoryId_stationId: { advisoryId: row.advisoryId, stationId: row.stationId } },
      data: { read: { increment: 1 } },
    });
  return count > 0;
}

/**
 * A liaison opened the advisory: their enterprise has read it. Called by the advisory's page, so that
 * opening it is what counts; opening it again changes nothing.
 */
export async function markAdvisoryRead(user: SessionUser, { advisoryId }: AdvisoryRef) {
  assertAllowed(user, canAcknowledgeAdvisories);
  return getDb().$transaction(async (tx) => {
    const row = await ownRecipientRow(tx, user, advisoryId);
    return { read: await markReadIn(tx, row) };
  });
}

/** A liaison acknowledges the advisory for their enterprise (and so has read it); a second time is a no-op. */
export async function acknowledgeAdvisory(user: SessionUser, { advisoryId }: AdvisoryRef) {
  assertAllowed(user, canAcknowledgeAdvisories);
  return getDb().$transaction(async (tx) => {
    const row = await ownRecipientRow(tx, user, advisoryId);
    await markReadIn(tx, row);
    const now = clock.now();
    const { count } = await tx.advisoryRecipient.updateMany({
      where: { advisoryId, enterpriseId: row.enterpriseId, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: user.id },
    });
    if (count) {
      await tx.advisoryStationTally.update({
        where: { advisoryId_stationId: { advisoryId, stationId: row.stationId } },
        data: { acknowledged: { increment: 1 } },
      });
      await recordAudit(tx, user, {
        action: "advisory.acknowledge",
        entity: "Advisory",
        entityId: advisoryId,
        after: { enterpriseId: row.enterpriseId },
      });
    }
    return { advisoryId, acknowledged: count > 0 };
  });
}

/**
 * Reminds the enterprises that have not acknowledged yet: their liaisons get a notification and the
 * rows count the reminder. At most once an hour per advisory, and never after it expired.
 */
export async function remindAdvisory(user: SessionUser, { advisoryId }: AdvisoryRef) {
  assertAllowed(user, canFollowUpAdvisories);
  return getDb().$transaction(async (tx) => {
    const advisory = await tx.advisory.findFirst({
      where: { AND: [{ id: advisoryId }, advisoryScope(user)] },
      select: { id: true, title: true, expiresAt: true, urgency: true },
    });
    if (!advisory) throw new NotFoundError();
    const now = clock.now();
    if (advisory.expiresAt && advisory.expiresAt <= now) throw new ActionError("advisories.errors.expired");
    // The condition in the UPDATE lets one of two concurrent reminders through.
    const cutoff = new Date(now.getTime() - REMIND_INTERVAL_MS);
    const { count: claimed } = await tx.advisory.updateMany({
      where: { id: advisory.id, OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lte: cutoff } }] },
      data: { lastRemindedAt: now },
    });
    if (!claimed) throw new ActionError("advisories.errors.remindedRecently");
    const { count } = await tx.advisoryRecipient.updateMany({
      where: { advisoryId: advisory.id, acknowledgedAt: null },
      data: { remindedAt: now, remindCount: { increment: 1 } },
    });
    if (!count) throw new ActionError("advisories.errors.nothingToRemind");
    await recordAudit(tx, user, {
      action: "advisory.remind",
      entity: "Advisory",
      entityId: advisory.id,
      after: { reminded: count },
    });
    await notify(tx, await liaisonsReached(tx, advisory.id, true), {
      kind: "advisoryReminder",
      params: { title: advisory.title },
      link: advisoryLink(advisory.id),
      actorId: user.id,
    });
    return { advisoryId: advisory.id, reminded: count };
  });
}
