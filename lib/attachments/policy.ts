import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { anySignedInUser, type Question } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { ticketScope } from "../tickets/policy.ts";
import { residencyScope } from "../residency/policy.ts";
import { hazardScope } from "../hazards/policy.ts";
import { advisoryScope } from "../advisories/policy.ts";
import { canSeePatrolLogs, shiftScope } from "../patrols/policy.ts";

/**
 * Any signed-in user may ask for a file by its id; `attachmentScope` decides which ones open, and
 * every other id answers "not found".
 */
export const canOpenAttachments: Question = anySignedInUser;

/**
 * The attachments a user may open: those of a record the user may see, one entry per kind of owner,
 * each through its capability's own scope.
 */
export function attachmentScope(user: SessionUser): Prisma.AttachmentWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // A residency document is an applicant's identity papers: it opens exactly for those who may open
  // its request (never for admins, and for the police not while it is a draft). A file replaced by a
  // newer upload belongs to no document any more and opens for nobody.
  const owners: Prisma.AttachmentWhereInput[] = [
    { ticket: ticketScope(user) },
    { residencyDocument: { request: residencyScope(user) } },
    { hazard: hazardScope(user) },
    { advisory: advisoryScope(user) },
  ];
  // Patrol logs are police records: a liaison sees the enterprise's duty nights, never the log.
  if (canSeePatrolLogs(user)) owners.push({ patrolLog: { shift: shiftScope(user) } });
  // A city leader's bureau is the city's, which holds no records: the owners' scopes reach the counties.
  return user.role === "CITY" ? { OR: owners } : { bureauId, OR: owners };
}
