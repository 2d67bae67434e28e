import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Visits are police work: officers log them, chiefs may too; liaisons and admins may not. */
export const VISIT_LOGGER_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];

/** Visit records (findings, participants) are internal to the police; liaisons and admins never read them. */
export function canSeeVisits(user: SessionUser): boolean {
  return VISIT_LOGGER_ROLES.includes(user.role);
}

/** The visits a user may see: those of enterprises in their scope, for police roles only. */
export function visitScope(user: SessionUser): Prisma.VisitWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (!canSeeVisits(user)) return { bureauId, id: "-" };
  return { bureauId, enterprise: enterpriseScope(user) };
}

/** County-wide cadence figures (overdue per officer, the county's overdue list) are for chiefs. */
export function canSeeCountyCadence(user: SessionUser): boolean {
  return user.role === "CHIEF";
}
