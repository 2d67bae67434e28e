import { getDb } from "../db/index.ts";
import type { Dispute, Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { assertSeenVersion, updateIfUnchanged } from "../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../audit/record.ts";
import { notify } from "../notifications/notify.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { chiefsOf } from "../notifications/recipients.ts";
import { disputeMachine, type DisputeChange } from "./machine.ts";
import { referralOutcome } from "./outcome.ts";
import { canMediateDisputes, disputeScope } from "./policy.ts";
import type {
  DisputeRef,
  LogSessionInput,
  RecordDisputeInput,
  ReferInput,
  ResolveInput,
  SetRiskInput,
} from "./schemas.ts";
import { clock } from "../time/clock.ts";

type Tx = Prisma.TransactionClient;

export const disputeLink = (id: string) => `/disputes/${id}`;

/** Notifications quote the parties; a short excerpt keeps them readable in a list. */
const excerpt = (parties: string) => (parties.length > 60 ? `${parties.slice(0, 59)}…` : parties);

/** A dispute at risk of turning into a criminal case (民转刑) is the chiefs' to watch: every one of them hears of it. */
async function tellChiefsOfRisk(tx: Tx, user: SessionUser, dispute: Pick<Dispute, "id" | "parties">) {
  await notify(tx, await chiefsOf(tx, user.bureauId), {
    kind: "disputeRiskFlagged",
    params: { parties: excerpt(dispute.parties) },
    link: disputeLink(dispute.id),
    actorId: user.id,
  });
}

/**
 * An officer (or chief) records a dispute. With an enterprise, it must be active and in the user's
 * scope, and the dispute belongs to the station of that enterprise's workstation; without one, to the
 * recorder's own station, so a recorder without a station (a bureau chief) must name the enterprise.
 */
export async function recordDispute(user: SessionUser, input: RecordDisputeInput) {
  assertAllowed(user, canMediateDisputes);
  return getDb().$transaction(async (tx) => {
    let stationId = user.stationId;
    if (input.enterpriseId) {
      const enterprise = await tx.enterprise.findFirst({
        where: { AND: [{ id: input.enterpriseId, active: true }, enterpriseScope(user)] },
        select: { workstation: { select: { stationId: true } } },
      });
      if (!enterprise) throw new NotFoundError();
      stationId = enterprise.workstation.stationId;
    }
    if (!stationId)
      throw new ActionError("errors.invalidInput", { enterpriseId: ["disputes.errors.enterpriseNeeded"] });
    const dispute = await tx.dispute.create({
      data: {
        bureauId: user.bureauId,
        stationId,
        enterpriseId: input.enterpriseId ?? null,
        kind: input.kind,
        parties: input.parties,
        description: input.description,
        escalationRisk: input.escalationRisk,
        recordedById: user.id,
      },
    });
    await recordAudit(tx, user, {
      action: "dispute.record",
      entity: "Dispute",
      entityId: dispute.id,
      after: {
        enterpriseId: dispute.enterpriseId,
        stationId,
        kind: dispute.kind,
        escalationRisk: dispute.escalationRisk,
        status: dispute.status,
      },
    });
    if (dispute.escalationRisk) await tellChiefsOfRisk(tx, user, dispute);
    return { id: dispute.id, enterpriseId: dispute.enterpriseId };
  });
}

type Step = {
  data: (now: Date) => Prisma.DisputeUpdateManyMutationInput;
  /** Refuses a change that the machine allows but that would change nothing. */
  check?: (dispute: Dispute) => void;
  /** More writes of the same change, in the same transaction. */
  after?: (tx: Tx, dispute: Dispute) => Promise<Prisma.InputJsonObject | void>;
  audit?: { before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject };
  notifyRisk?: boolean;
};

/** One change: scope, machine, version and status checked in the UPDATE, audit and notification together. */
async function change(user: SessionUser, name: DisputeChange, ref: DisputeRef, step: Step) {
  assertAllowed(user, canMediateDisputes);
  return getDb().$transaction(async (tx) => {
    const dispute = await tx.dispute.findFirst({ where: { AND: [{ id: ref.disputeId }, disputeScope(user)] } });
    if (!dispute) throw new NotFoundError();
    assertSeenVersion(dispute, ref.version);
    const to = disputeMachine.next(dispute.status, name);
    if (!to) throw new ActionError("disputes.errors.changeNotAllowed");
    step.check?.(dispute);
    const now = clock.now();
    const version = await updateIfUnchanged(
      tx.dispute,
      { id: dispute.id, version: ref.version, status: dispute.status },
      { ...step.data(now), status: to },
    );
    const extra = (await step.after?.(tx, dispute)) ?? {};
    await recordAudit(tx, user, {
      action: `dispute.${name}`,
      entity: "Dispute",
      entityId: dispute.id,
      before: { status: dispute.status, version: dispute.version, ...step.audit?.before },
      after: { status: to, version, ...step.audit?.after, ...extra },
    });
    if (step.notifyRisk) await tellChiefsOfRisk(tx, user, dispute);
    return { id: dispute.id, status: to, version };
  });
}

/** A mediation session; the first one moves the dispute from open to mediating. */
export const logSession = (user: SessionUser, input: LogSessionInput) =>
  change(user, "logSession", input, {
    data: () => ({}),
    after: async (tx, dispute) => {
      const session = await tx.mediationSession.create({
        data: { disputeId: dispute.id, mediatorId: user.id, heldAt: input.heldAt, notes: input.notes },
      });
      return { sessionId: session.id, heldAt: input.heldAt.toISOString() };
    },
  });

/** Sets or clears the escalation-risk flag (民转刑); setting it tells the chiefs. */
export const setRisk = (user: SessionUser, input: SetRiskInput) =>
  change(user, "setRisk", input, {
    check: (dispute) => {
      if (dispute.escalationRisk === input.risk) throw new ActionError("disputes.errors.riskUnchanged");
    },
    data: () => ({ escalationRisk: input.risk }),
    audit: { before: { escalationRisk: !input.risk }, after: { escalationRisk: input.risk } },
    notifyRisk: input.risk,
  });

/** Closed with an agreement; the outcome says what was agreed. */
export const resolveDispute = (user: SessionUser, input: ResolveInput) =>
  change(user, "resolve", input, {
    data: (now) => ({ outcome: input.outcome, closedAt: now }),
    audit: { after: { outcome: input.outcome } },
  });

/** Closed without agreement and handed on (court, arbitration, criminal case …); the outcome says where. */
export const referDispute = (user: SessionUser, input: ReferInput) => {
  const outcome = referralOutcome(input.referredTo, input.details);
  return change(user, "refer", input, {
    data: (now) => ({ outcome, closedAt: now }),
    audit: { after: { referredTo: input.referredTo, outcome } },
  });
};
