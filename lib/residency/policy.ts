import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The residency requests a user may see: those of enterprises in their scope (a liaison: their own
 * enterprise; an officer: the enterprises they serve; the chief: the county; the police never see
 * drafts). Admins keep the
 * checklists but see no applicant, so they match nothing.
 */
export function residencyScope(user: SessionUser): Prisma.ResidencyRequestWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (user.role === "ADMIN") return { bureauId, id: "-" };
  // A draft is the enterprise's unfinished work: it reaches the police only once submitted.
  if (user.role !== "LIAISON") return { bureauId, enterprise: enterpriseScope(user), status: { not: "DRAFT" } };
  return { bureauId, enterprise: enterpriseScope(user) };
}

/**
 * Whether this user sees full identity and phone numbers of requests in their scope: only the
 * police who review them. Everyone else gets masked values from the query layer.
 */
export const seesFullApplicant = (user: Pick<SessionUser, "role">) => user.role === "OFFICER";
