import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** The police write advisories; the enterprises receive them. Admins run the system, not outreach. */
const SENDER_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
const RECIPIENT_ROLES: readonly Role[] = ["LIAISON"];

/** The advisories pages: the police's sent advisories, a liaison's received ones. */
export const canSeeAdvisories: Question = roleIn([...RECIPIENT_ROLES, ...SENDER_ROLES]);

/** Write and send an advisory: a chief to anything in the county, an officer within their own enterprises. */
export const canSendAdvisories: Question = roleIn(SENDER_ROLES);

/** Remind the enterprises that have not acknowledged an advisory, and export who has not. */
export const canFollowUpAdvisories: Question = roleIn(SENDER_ROLES);

/** Acknowledge an advisory received by the liaison's enterprise. */
export const canAcknowledgeAdvisories: Question = roleIn(RECIPIENT_ROLES);

/** Whether the user chooses recipients across the whole county (else only among their own enterprises). */
export const sendsCountyWide: Question = roleIn(["CHIEF"]);

/**
 * The advisories a user may see: a chief every advisory of the county, an officer those they sent,
 * a liaison those that reached their enterprise. Admins and the city see none.
 */
export function advisoryScope(user: SessionUser): Prisma.AdvisoryWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (!canSeeAdvisories(user)) return { bureauId, id: "-" };
  if (user.role === "LIAISON")
    return { bureauId, recipients: { some: { enterpriseId: requireScopeId(user.enterpriseId, "enterprise") } } };
  if (sendsCountyWide(user)) return { bureauId };
  return { bureauId, senderId: user.id };
}

/**
 * The recipient rows a user may read: the police's of the advisories in their scope, a liaison's of
 * their own enterprise only (never another enterprise's read or acknowledgement).
 */
export function recipientScope(user: SessionUser): Prisma.AdvisoryRecipientWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  if (!canSeeAdvisories(user)) return { bureauId, advisoryId: "-" };
  if (user.role === "LIAISON") return { bureauId, enterpriseId: requireScopeId(user.enterpriseId, "enterprise") };
  return { bureauId, advisory: advisoryScope(user) };
}

/** The enterprises a sender may address: a chief's county, an officer's own (一企一警 and their department's). */
export function addressableEnterprises(user: SessionUser): Prisma.EnterpriseWhereInput {
  return { AND: [enterpriseScope(user), { active: true }] };
}
