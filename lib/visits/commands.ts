import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { recordAudit } from "../audit/record.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { discardUploads, prepareUploads, type PreparedUpload } from "../attachments/store.ts";
import { recordHazard } from "../hazards/commands.ts";
import { canLogVisits } from "./policy.ts";
import type { LogVisitInput } from "./schemas.ts";

/**
 * An officer (or chief) records a visit to an enterprise in their scope, as its visiting officer,
 * together with the hazards found on it: all of it is written, or none of it.
 * Out-of-scope and inactive enterprises answer "not found", never revealing that they exist.
 */
export async function logVisit(user: SessionUser, { hazards = [], ...input }: LogVisitInput) {
  // The action wrapper asks too; commands are also called directly (seeds, jobs, tests).
  assertAllowed(user, canLogVisits);
  // Photos are checked and stored before the transaction, and removed again if it fails.
  const photos: PreparedUpload[][] = [];
  try {
    for (const [i, hazard] of hazards.entries())
      photos.push(
        hazard.attachments.length ? await prepareUploads(hazard.attachments, `hazards.${i}.attachments`) : [],
      );
    return await getDb().$transaction(async (tx) => {
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
        after: {
          enterpriseId: enterprise.id,
          visitedAt: visit.visitedAt.toISOString(),
          kind: visit.kind,
          hazards: hazards.length,
        },
      });
      const hazardIds: string[] = [];
      for (const [i, draft] of hazards.entries()) {
        const { id } = await recordHazard(
          tx,
          user,
          enterprise.id,
          draft,
          { source: "VISIT", visitId: visit.id },
          photos[i]!,
        );
        hazardIds.push(id);
      }
      return { id: visit.id, enterpriseId: enterprise.id, hazardIds };
    });
  } catch (error) {
    await discardUploads(photos.flat());
    throw error;
  }
}
