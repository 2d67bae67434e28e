import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { anySignedInUser, roleIn, type Question } from "../auth/question.ts";
import { countiesOf } from "../scope/city.ts";
import { requireScopeId } from "../scope/require-id.ts";
import type { TicketTransition } from "./machine.ts";

/** Roles that work tickets (accept, note, resolve …); admins manage settings, not cases. */
const WORKER_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
/** Roles that speak for the enterprise (file, withdraw, confirm, reopen, escalate). */
const ENTERPRISE_ROLES: readonly Role[] = ["LIAISON"];

/** Every signed-in user opens the ticket list and a ticket's page; `ticketScope` decides which tickets. */
export const canSeeTickets: Question = anySignedInUser;

/** A liaison files tickets for their own enterprise. */
export const canFileTickets: Question = roleIn(ENTERPRISE_ROLES);

/** The enterprise's part once a ticket is filed: withdraw it, confirm or reopen a resolution, escalate it. */
export const canFollowUpTickets: Question = roleIn(ENTERPRISE_ROLES);

/** Police work on a ticket: accept, start, resolve, reject, internal notes, help requests, transfers. */
export const canWorkTickets: Question = roleIn(WORKER_ROLES);

/** Public comments come from both sides of the case, never from admins. */
export const canCommentOnTickets: Question = roleIn([...WORKER_ROLES, ...ENTERPRISE_ROLES]);

/** A chief reassigns a ticket, which also answers the chief's flag; an officer merely passes work on. */
export const canReassignTickets: Question = roleIn(["CHIEF"]);

/** The chief's list of escalated, flagged and overdue tickets of the county. */
export const canSeeTicketsNeedingAttention: Question = roleIn(["CHIEF"]);

/**
 * Everyone but the enterprise's liaisons sees tickets of several enterprises: they filter by
 * enterprise, see which enterprise filed each ticket, and start on the open work.
 */
export const canSeeTicketsAcrossEnterprises: Question = (user) => !ENTERPRISE_ROLES.includes(user.role);

/** Whose side a comment comes from: the enterprise's comments go to the officer, the police's to the enterprise. */
export const speaksForEnterprise: Question = roleIn(ENTERPRISE_ROLES);

const STEP_QUESTIONS: Record<TicketTransition, Question> = {
  accept: canWorkTickets,
  start: canWorkTickets,
  resolve: canWorkTickets,
  reject: canWorkTickets,
  confirm: canFollowUpTickets,
  reopen: canFollowUpTickets,
  withdraw: canFollowUpTickets,
};

/** Whether the user may take a step of the ticket machine (the machine says from which statuses). */
export function canTakeTicketStep(user: SessionUser, step: TicketTransition): boolean {
  return STEP_QUESTIONS[step](user);
}

/**
 * The tickets a user may see. Liaisons: their enterprise's. Officers: tickets assigned to them, of
 * the enterprises they are responsible for, and routed to or asked of their department. Chiefs and
 * admins: the county's. City leaders: every county's of their city.
 */
export function ticketScope(user: SessionUser): Prisma.TicketWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  switch (user.role) {
    case "LIAISON":
      return { bureauId, enterpriseId: requireScopeId(user.enterpriseId, "enterprise") };
    case "OFFICER": {
      const mine: Prisma.TicketWhereInput[] = [
        { assigneeId: user.id },
        { enterprise: { responsibleOfficerId: user.id } },
      ];
      if (user.departmentId) {
        mine.push({ departmentId: user.departmentId }, { helpRequests: { some: { departmentId: user.departmentId } } });
      }
      return { bureauId, OR: mine };
    }
    case "CHIEF":
    case "ADMIN":
      return { bureauId };
    case "CITY":
      // Tickets carry their bureau's id without a relation; their enterprise leads to the county.
      return { enterprise: { bureau: countiesOf(bureauId) } };
  }
}

/** Whether the user's ticket list is their own work queue (an officer's, named so in the menu too). */
export const ticketListIsOwnQueue: Question = roleIn(["OFFICER"]);

/** Whether `ticketListScope` needs the enterprises the user is responsible for (an officer's). */
export function ticketListNeedsEnterprises(user: SessionUser): boolean {
  return user.role === "OFFICER";
}

/**
 * The same scope for lists and counts. An officer's enterprises are passed in as ids (the caller
 * reads them first, see `ticketListNeedsEnterprises`), so that PostgreSQL can combine the assignee and enterprise indexes instead of
 * joining every ticket of the county to its enterprise. Must select exactly what ticketScope does.
 */
export function ticketListScope(user: SessionUser, responsibleFor: readonly string[]): Prisma.TicketWhereInput {
  if (!ticketListNeedsEnterprises(user)) return ticketScope(user);
  const mine: Prisma.TicketWhereInput[] = [{ assigneeId: user.id }];
  if (responsibleFor.length) mine.push({ enterpriseId: { in: [...responsibleFor] } });
  if (user.departmentId) {
    mine.push({ departmentId: user.departmentId }, { helpRequests: { some: { departmentId: user.departmentId } } });
  }
  return { bureauId: requireScopeId(user.bureauId, "bureau"), OR: mine };
}

/** Internal notes are police-only: liaisons never receive them, not even in page data or as a live update. */
export function seesInternalTicketEvents(user: SessionUser): boolean {
  return user.role !== "LIAISON";
}

export function visibleEventKinds(user: SessionUser): Prisma.TicketEventWhereInput {
  return seesInternalTicketEvents(user) ? {} : { visibility: "PUBLIC" };
}
