import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The tickets a user may see. Liaisons: their enterprise's. Officers: tickets assigned to them, of
 * the enterprises they are responsible for, and routed to or asked of their department. Chiefs and
 * admins: the county's.
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
  }
}

/**
 * The same scope for lists and counts. An officer's enterprises are passed in as ids (read first
 * with `enterprisesOf`), so that PostgreSQL can combine the assignee and enterprise indexes instead of
 * joining every ticket of the county to its enterprise. Must select exactly what ticketScope does.
 */
export function ticketListScope(user: SessionUser, responsibleFor: readonly string[]): Prisma.TicketWhereInput {
  if (user.role !== "OFFICER") return ticketScope(user);
  const mine: Prisma.TicketWhereInput[] = [{ assigneeId: user.id }];
  if (responsibleFor.length) mine.push({ enterpriseId: { in: [...responsibleFor] } });
  if (user.departmentId) {
    mine.push({ departmentId: user.departmentId }, { helpRequests: { some: { departmentId: user.departmentId } } });
  }
  return { bureauId: requireScopeId(user.bureauId, "bureau"), OR: mine };
}

/** Internal notes are police-only: liaisons never receive them, not even in page data. */
export function visibleEventKinds(user: SessionUser): Prisma.TicketEventWhereInput {
  return user.role === "LIAISON" ? { visibility: "PUBLIC" } : {};
}

/** Roles that work tickets (accept, comment, resolve …); admins manage settings, not cases. */
export const WORKER_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
/** Roles that speak for the enterprise (file, withdraw, confirm, reopen, escalate). */
export const ENTERPRISE_ROLES: readonly Role[] = ["LIAISON"];
