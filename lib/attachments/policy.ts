import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { ticketScope } from "../tickets/policy.ts";
import { residencyScope } from "../residency/policy.ts";

/**
 * The attachments a user may open: those of a record the user may see. One entry per kind of
 * owner; a capability that becomes reachable replaces its county-wide stand-in with its own scope.
 */
export function attachmentScope(user: SessionUser): Prisma.AttachmentWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const countyWide = user.role === "CHIEF" || user.role === "ADMIN";
  // A residency document is an applicant's identity papers: it opens exactly for those who may open
  // its request (never for admins, and for the police not while it is a draft). A file replaced by a
  // newer upload belongs to no document any more and opens for nobody.
  const owners: Prisma.AttachmentWhereInput[] = [{ ticket: ticketScope(user) }, { residencyDocument: { request: residencyScope(user) } }];
  // Hazards and patrol logs have no pages yet: until they scope themselves, only the county's
  // leadership may open their files.
  if (countyWide) {
    owners.push({ hazard: { bureauId } }, { patrolLog: { shift: { bureauId } } });
  }
  return { bureauId, OR: owners };
}
