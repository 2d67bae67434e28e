import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { recordAudit } from "../audit/record.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { VISIT_LOGGER_ROLES } from "./policy.ts";
import type { LogVisitInput } from "./schemas.ts";

/**
 * An officer (or chief) records a visit to an enterprise in their scope, as its visiting officer.
 * Out-of-scope and inactive enterprises answer "not found", never revealing that they exist.
 */
export async function logVisit(user: SessionUser, input: LogVisitInput) {
  // The action wrapper checks roles too; commands are also called directly (seeds, jobs, tests).
  if (!VISIT_LOGGER_ROLES.includes(user.role)) throw new ActionError("errors.forbidden");
  return getDb().$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findFirst({
      where: { AND: [{ id: input.enterpriseId, active: true }, enterpriseScope(user)] },
      select: { id: true },
    });
    if (!enterprise) throw new NotFoundError();
    const visit = await tx.visit.create({
      data: {
        bureauId: user.bureauId,
        enterpriseId: enterprise.id,
        officerId: user.id,
        visitedAt: input.visitedOn,
        kind: input.kind,
        participants: input.participants,
        findings: input.findings,
      },
    });
    await recordAudit(tx, user, {
      action: "visit.log",
      entity: "Visit",
      entityId: visit.id,
      after: { enterpriseId: enterprise.id, visitedAt: visit.visitedAt.toISOString(), kind: visit.kind },
    });
    return { id: visit.id, enterpriseId: enterprise.id };
  });
}
