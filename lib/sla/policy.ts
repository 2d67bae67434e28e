import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The SLA rules a user may read: their own bureau's. Every signed-in role reads them, because
 * liaisons and officers see the deadlines the table produces on every ticket.
 */
export function slaScope(user: SessionUser): Prisma.SlaRuleWhereInput {
  return { bureauId: requireScopeId(user.bureauId, "bureau") };
}

/** Deadlines are a command decision: bureau leaders and administrators set them, nobody else. */
const SLA_EDITOR_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];

/** The SLA settings page and its one action, the edit of the table. */
export const canEditSla: Question = roleIn(SLA_EDITOR_ROLES);
