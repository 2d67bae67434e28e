import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The SLA rules a user may read: their own bureau's. Every signed-in role reads them, because
 * liaisons and officers see the deadlines the table produces on every ticket.
 */
export function slaScope(user: SessionUser): Prisma.SlaRuleWhereInput {
  return { bureauId: requireScopeId(user.bureauId, "bureau") };
}

/** Deadlines are a command decision: bureau leaders and administrators set them, nobody else. */
export const SLA_EDITOR_ROLES = ["CHIEF", "ADMIN"] as const satisfies readonly Role[];

export function canEditSla(user: Pick<SessionUser, "role">): boolean {
  return (SLA_EDITOR_ROLES as readonly Role[]).includes(user.role);
}
