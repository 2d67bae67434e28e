import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Visits are police work: officers log them, chiefs may too; liaisons and admins may not. */
const VISIT_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];

/** Visit records (findings, participants) are internal to the police; liaisons and admins never read them. */
export const canSeeVisits: Question = roleIn(VISIT_ROLES);

/** Log a visit to an enterprise in scope, with the hazards found on it. */
export const canLogVisits: Question = roleIn(VISIT_ROLES);

/** The visits a user may see: those of enterprises in their scope, for police roles only. */
export function visitScope(user: SessionUser): Prisma.VisitWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (!canSeeVisits(user)) return { bureauId, id: "-" };
  return { bureauId, enterprise: enterpriseScope(user) };
}

/** County-wide cadence figures (overdue per officer, the county's overdue list) are for chiefs. */
export const canSeeCountyCadence: Question = roleIn(["CHIEF"]);
