import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";
import type { HazardTransition } from "./machine.ts";

/** The police list hazards and judge rectifications; the enterprise does the rectifying. */
const POLICE_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
const ENTERPRISE_ROLES: readonly Role[] = ["LIAISON"];

/** The hazards pages: the police and the enterprises. Admins run the system, not safety work. */
export const canSeeHazards: Question = roleIn([...ENTERPRISE_ROLES, ...POLICE_ROLES]);

/** List (挂牌) a hazard at an enterprise in scope, on its own or from a ticket or a visit. */
export const canListHazards: Question = roleIn(POLICE_ROLES);

/** Start rectifying a hazard and report it rectified: the enterprise's own work. */
export const canRectifyHazards: Question = roleIn(ENTERPRISE_ROLES);

/** Judge a rectification: close the hazard out (销号) or send it back. */
export const canVerifyHazards: Question = roleIn(POLICE_ROLES);

const STEP_QUESTIONS: Record<HazardTransition, Question> = {
  start: canRectifyHazards,
  report: canRectifyHazards,
  close: canVerifyHazards,
  sendBack: canVerifyHazards,
};

/** Whether the user may take this step of the hazard machine (where the machine allows it at all). */
export function canTakeHazardStep(user: SessionUser, step: HazardTransition): boolean {
  return STEP_QUESTIONS[step](user);
}

/**
 * The hazards a user may see: those of enterprises in their scope (a liaison: their own enterprise).
 * Admins see none.
 */
export function hazardScope(user: SessionUser): Prisma.HazardWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (!canSeeHazards(user)) return { bureauId, id: "-" };
  return { bureauId, enterprise: enterpriseScope(user) };
}
