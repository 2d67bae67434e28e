import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The hazards a user may see: those of enterprises in their scope (a liaison: their own enterprise).
 * Admins run the system, not safety work, so they see none.
 */
export function hazardScope(user: SessionUser): Prisma.HazardWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (user.role === "ADMIN") return { bureauId, id: "-" };
  return { bureauId, enterprise: enterpriseScope(user) };
}
