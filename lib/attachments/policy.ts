import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { ticketScope } from "../tickets/policy.ts";

/**
 * The attachments a user may open: those of a record the user may see. One entry per kind of
 * owner; a capability that becomes reachable replaces its county-wide stand-in with its own scope.
 */
export function attachmentScope(user: SessionUser): Prisma.AttachmentWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const countyWide = user.role === "CHIEF" || user.role === "ADMIN";
  const owners: Prisma.AttachmentWhereInput[] = [{ ticket: ticketScope(user) }];
  // Hazards, patrol logs and residency documents have no pages yet: until they scope themselves,
  // only the county's leadership may open their files.
  if (countyWide) {
    owners.push(
      { hazard: { bureauId } },
      { patrolLog: { shift: { bureauId } } },
      { residencyDocument: { request: { bureauId } } },
    );
  }
  return { bureauId, OR: owners };
}
