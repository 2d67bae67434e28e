import { getDb } from "../../db/index.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { ActionError } from "../../auth/errors.ts";
import { assertAllowed } from "../../auth/question.ts";
import { recordAudit } from "../../audit/record.ts";
import { notify } from "../../notifications/notify.ts";
import { isPastDue } from "../../sla/deadlines.ts";
import { canEscalate, FINAL_STATUSES } from "../machine.ts";
import { canFollowUpTickets, canReassignTickets, canWorkTickets } from "../policy.ts";
import { chiefsOf, officersOfDepartment } from "../../notifications/recipients.ts";
import { readTicketInScope, ticketLink, updateTicketIfUnchanged } from "./lock.ts";
import { clock } from "../../time/clock.ts";

/** Asks a supporting department for help; its officers can then see and work the ticket. */
export async function requestHelp(user: SessionUser, input: { ticketId: string; departmentId: string; note: string }) {
  assertAllowed(user, canWorkTickets);
  return getDb().$transaction(async (tx) => {
    const ticket = await readTicketInScope(tx, user, input.ticketId);
    if (FINAL_STATUSES.includes(ticket.status)) throw new ActionError("tickets.errors.closedForComments");
    const department = await tx.department.findFirst({
      where: { id: input.departmentId, bureauId: ticket.bureauId, active: true },
    });
    if (!department)
      throw new ActionError("errors.invalidInput", { departmentId: ["tickets.errors.departmentUnknown"] });
    const existing = await tx.ticketHelpRequest.findUnique({
      where: { ticketId_departmentId: { ticketId: ticket.id, departmentId: department.id } },
    });
    if (existing) throw new ActionError("errors.invalidInput", { departmentId: ["tickets.errors.alreadyAsked"] });
    await tx.ticketHelpRequest.create({
      data: { ticketId: ticket.id, departmentId: department.id, requestedById: user.id, note: input.note },
    });
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        actorId: user.id,
        kind: "HELP_REQUESTED",
        visibility: "INTERNAL",
        body: input.note || undefined,
        data: { departmentId: department.id, department: department.name, departmentEn: department.nameEn },
      },
    });
    await recordAudit(tx, user, {
      action: "ticket.requestHelp",
      entity: "Ticket",
      entityId: ticket.id,
      after: { departmentId: department.id },
    });
    await notify(tx, await officersOfDepartment(tx, department.id), {
      kind: "ticketHelpRequested",
      params: { number: ticket.number },
      link: ticketLink(ticket.id),
      actorId: user.id,
    });
    return { id: ticket.id };
  });
}

/** Hands the ticket to another officer of the bureau (officers pass work on; chiefs reassign). */
export async function transferTicket(
  user: SessionUser,
  input: { ticketId: string; version: number; officerId: string; reason: string },
) {
  assertAllowed(user, canWorkTickets);
  return getDb().$transaction(async (tx) => {
    const ticket = await readTicketInScope(tx, user, input.ticketId);
    if (FINAL_STATUSES.includes(ticket.status))
      throw new ActionError("tickets.errors.transitionNotAllowed", undefined, { status: ticket.status });
    const officer = await tx.user.findFirst({
      where: { id: input.officerId, bureauId: ticket.bureauId, role: "OFFICER", active: true },
      select: { id: true, name: true, nameEn: true },
    });
    if (!officer) throw new ActionError("errors.invalidInput", { officerId: ["tickets.errors.officerUnknown"] });
    if (officer.id === ticket.assigneeId)
      throw new ActionError("errors.invalidInput", { officerId: ["tickets.errors.sameOfficer"] });
    const version = await updateTicketIfUnchanged(
      tx,
      ticket,
      { version: input.version, status: ticket.status },
      {
        assigneeId: officer.id,
        ...(canReassignTickets(user) ? { flaggedForChief: false } : {}),
      },
    );
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        actorId: user.id,
        kind: "REASSIGNED",
        visibility: "INTERNAL",
        body: input.reason,
        data: { from: ticket.assigneeId, to: officer.id, toName: officer.name, toNameEn: officer.nameEn },
      },
    });
    await recordAudit(tx, user, {
      action: "ticket.transfer",
      entity: "Ticket",
      entityId: ticket.id,
      before: { assigneeId: ticket.assigneeId, version: ticket.version },
      after: { assigneeId: officer.id, version, reason: input.reason },
    });
    await notify(tx, [officer.id], {
      kind: "ticketTransferred",
      params: { number: ticket.number },
      link: ticketLink(ticket.id),
      actorId: user.id,
    });
    return { id: ticket.id, version };
  });
}

/** The enterprise escalates to the chief ("办不成事") when the ticket is overdue or was reopened twice. */
export async function escalateTicket(
  user: SessionUser,
  input: { ticketId: string; version: number; reason: string },
  now = clock.now(),
) {
  assertAllowed(user, canFollowUpTickets);
  return getDb().$transaction(async (tx) => {
    const ticket = await readTicketInScope(tx, user, input.ticketId);
    if (!canEscalate(ticket, isPastDue(ticket.dueAt, now))) throw new ActionError("tickets.errors.cannotEscalate");
    const version = await updateTicketIfUnchanged(
      tx,
      ticket,
      { version: input.version, status: ticket.status },
      {
        escalatedAt: now,
        escalationReason: input.reason,
        flaggedForChief: true,
      },
    );
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: user.id, kind: "ESCALATED", body: input.reason, createdAt: now },
    });
    await recordAudit(tx, user, {
      action: "ticket.escalate",
      entity: "Ticket",
      entityId: ticket.id,
      before: { version: ticket.version },
      after: { version, reason: input.reason },
    });
    await notify(tx, await chiefsOf(tx, ticket.bureauId), {
      kind: "ticketEscalated",
      params: { number: ticket.number },
      link: ticketLink(ticket.id),
      actorId: user.id,
    });
    return { id: ticket.id, version };
  });
}
