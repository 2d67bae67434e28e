import { getDb } from "../../db/index.ts";
import type { Prisma, Ticket } from "../../db/generated/client.ts";
import type { TicketStatus } from "../../db/generated/enums.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { ActionError } from "../../auth/errors.ts";
import { assertAllowed } from "../../auth/question.ts";
import { assertSeenVersion } from "../../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../../audit/record.ts";
import { notify } from "../../notifications/notify.ts";
import { slaRuleFor } from "../../sla/queries.ts";
import { currentDueAt } from "../../sla/deadlines.ts";
import { ticketMachine, type TicketTransition } from "../machine.ts";
import { canTakeTicketStep } from "../policy.ts";
import { chiefsOf, toldLiaisons } from "../../notifications/recipients.ts";
import { readTicketInScope, ticketLink, updateTicketIfUnchanged, type Tx } from "./lock.ts";
import { HOUR_MS } from "../../time/china.ts";
import { clock } from "../../time/clock.ts";

type Ref = { ticketId: string; version: number };

type Step = {
  /** Extra columns the transition sets. */
  data?: (
    ticket: Ticket,
    now: Date,
    tx: Tx,
  ) => Promise<Prisma.TicketUpdateManyMutationInput> | Prisma.TicketUpdateManyMutationInput;
  /** Text shown with the status change on the timeline (summary, reason). */
  body?: string;
  /** More writes that belong to the same change, in the same transaction. */
  after?: (tx: Tx, ticket: Ticket, now: Date) => Promise<void>;
};

/** One status change: policy, scope, machine, version check, timeline, audit and notifications together. */
async function transition(user: SessionUser, name: TicketTransition, ref: Ref, step: Step = {}) {
  assertAllowed(user, (u) => canTakeTicketStep(u, name));
  return getDb().$transaction(async (tx) => {
    const ticket = await readTicketInScope(tx, user, ref.ticketId);
    assertSeenVersion(ticket, ref.version);
    const to = ticketMachine.next(ticket.status, name);
    if (!to) throw new ActionError("tickets.errors.transitionNotAllowed", undefined, { status: ticket.status });
    const now = clock.now();
    const extra = (await step.data?.(ticket, now, tx)) ?? {};
    const deadlines = {
      acceptDueAt: (extra.acceptDueAt as Date | undefined) ?? ticket.acceptDueAt,
      resolveDueAt: (extra.resolveDueAt as Date | undefined) ?? ticket.resolveDueAt,
    };
    const dueAt = currentDueAt(to, deadlines);
    const version = await updateTicketIfUnchanged(
      tx,
      ticket,
      { version: ref.version, status: ticket.status },
      {
        ...extra,
        status: to,
        dueAt,
        // A new deadline may be breached again; the chiefs hear of each one once.
        ...(dueAt?.getTime() !== ticket.dueAt?.getTime() ? { breachNotifiedAt: null } : {}),
      },
    );
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        actorId: user.id,
        kind: "STATUS_CHANGED",
        fromStatus: ticket.status,
        toStatus: to,
        body: step.body,
        createdAt: now,
      },
    });
    await recordAudit(tx, user, {
      action: `ticket.${name}`,
      entity: "Ticket",
      entityId: ticket.id,
      before: { status: ticket.status, version: ticket.version },
      after: { status: to, version, ...(step.body ? { body: step.body } : {}) },
    });
    await step.after?.(tx, ticket, now);
    await notifyStatusChange(tx, user, ticket, to);
    return { id: ticket.id, status: to, version };
  });
}

async function notifyStatusChange(tx: Tx, user: SessionUser, ticket: Ticket, to: TicketStatus) {
  const link = ticketLink(ticket.id);
  // The enterprise's names and its liaisons come in one statement: a transaction's statements run one
  // after another on its connection, and each round trip holds the ticket's row lock longer.
  const [enterprise, actor] = await Promise.all([
    tx.enterprise.findUniqueOrThrow({
      where: { id: ticket.enterpriseId },
      select: { name: true, nameEn: true, liaisons: { where: toldLiaisons, select: { id: true } } },
    }),
    tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, nameEn: true } }),
  ]);
  // Facts, not text: the reader's language names the statuses and picks the names when it is shown.
  const params = {
    number: ticket.number,
    title: ticket.title,
    fromStatus: ticket.status,
    toStatus: to,
    enterprise: enterprise.name,
    enterpriseEn: enterprise.nameEn,
    actor: actor.name,
    actorEn: actor.nameEn,
  };
  await notify(
    tx,
    enterprise.liaisons.map((l) => l.id),
    { kind: "ticketStatusChanged", params, link, actorId: user.id },
  );
  if (to === "REOPENED") {
    await notify(tx, [ticket.assigneeId], {
      kind: "ticketReopened",
      params: { number: ticket.number },
      link,
      actorId: user.id,
    });
  }
}

export const acceptTicket = (user: SessionUser, ref: Ref) =>
  transition(user, "accept", ref, { data: (_t, now) => ({ acceptedAt: now }) });

export const startTicket = (user: SessionUser, ref: Ref) => transition(user, "start", ref);

export const resolveTicket = (user: SessionUser, ref: Ref & { summary: string }) =>
  transition(user, "resolve", ref, {
    body: ref.summary,
    data: (_t, now) => ({ resolvedAt: now, resolutionText: ref.summary }),
  });

export const rejectTicket = (user: SessionUser, ref: Ref & { reason: string }) =>
  transition(user, "reject", ref, {
    body: ref.reason,
    data: (_t, now) => ({ rejectReason: ref.reason, closedAt: now }),
  });

export const withdrawTicket = (user: SessionUser, ref: Ref) =>
  transition(user, "withdraw", ref, { data: (_t, now) => ({ closedAt: now }) });

/** A reopened ticket gets a fresh resolution window; twice reopened, the enterprise may escalate. */
async function reopenData(ticket: Ticket, now: Date, tx: Tx) {
  const rule = await slaRuleFor(tx, ticket.bureauId, ticket.category, ticket.priority);
  return {
    reopenCount: { increment: 1 },
    resolvedAt: null,
    resolveDueAt: new Date(now.getTime() + rule.resolveHours * HOUR_MS),
  };
}

export const reopenTicket = (user: SessionUser, ref: Ref & { reason: string }) =>
  transition(user, "reopen", ref, { body: ref.reason, data: reopenData });

/**
 * Lowest ratings that count as "not solved": the ticket reopens and the chief is told. The
 * dashboard's tally counts low ratings with the same bound in the database (ticket_rating_fact,
 * migration ticket_tally); tests/integration/ticket-tally.test.ts fails when the two differ.
 */
export const LOW_RATING = 2;

/**
 * The enterprise confirms a resolution with a 1–5 rating. A rating of 1–2 is not a confirmation:
 * the ticket reopens and is flagged for the chief.
 */
export async function confirmTicket(user: SessionUser, input: Ref & { rating: number; comment: string }) {
  const low = input.rating <= LOW_RATING;
  return transition(user, low ? "reopen" : "confirm", input, {
    body: input.comment || undefined,
    data: async (ticket, now, tx) => ({
      rating: input.rating,
      ratingComment: input.comment || null,
      ...(low ? { ...(await reopenData(ticket, now, tx)), flaggedForChief: true } : { closedAt: now }),
    }),
    after: async (tx, ticket, now) => {
      await tx.ticketEvent.create({
        data: { ticketId: ticket.id, actorId: user.id, kind: "RATED", data: { rating: input.rating }, createdAt: now },
      });
      if (!low) return;
      await notify(tx, await chiefsOf(tx, ticket.bureauId), {
        kind: "ticketLowRating",
        params: { number: ticket.number, rating: input.rating },
        link: ticketLink(ticket.id),
        actorId: user.id,
      });
    },
  });
}
