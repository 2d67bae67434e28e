import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Mediation is police work: officers and chiefs record disputes and act on them. */
const DISPUTE_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];

/**
 * The parties are private persons (workers, villagers), so only the police read disputes. Liaisons
 * report their problems through tickets instead; admins run the system, not casework.
 */
export const canSeeDisputes: Question = roleIn(DISPUTE_ROLES);

/** Record a dispute, log mediation sessions, flag the risk, close it: the same police as read them. */
export const canMediateDisputes: Question = roleIn(DISPUTE_ROLES);

/**
 * The disputes a user may see. A chief: the whole bureau. An officer: those of enterprises in their
 * scope, plus those they recorded themselves, since a dispute may have no enterprise at all (a
 * quarrel outside the park) and must not vanish from the view of the officer who handles it.
 */
export function disputeScope(user: SessionUser): Prisma.DisputeWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (!canSeeDisputes(user)) return { bureauId, id: "-" };
  if (user.role === "CHIEF") return { bureauId };
  return { bureauId, OR: [{ recordedById: requireScopeId(user.id, "user") }, { enterprise: enterpriseScope(user) }] };
}

/** The bureau's mediation figures (open, risk-flagged, resolution rate) are for chiefs. */
export const canSeeDisputeFigures: Question = roleIn(["CHIEF"]);
