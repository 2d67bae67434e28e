import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The enterprises a user may see. Every enterprise query and every query of records that hang off
 * an enterprise (tickets, hazards, visits …) filters through this.
 */
export function enterpriseScope(user: SessionUser): Prisma.EnterpriseWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  switch (user.role) {
    case "LIAISON":
      return { bureauId, id: requireScopeId(user.enterpriseId, "enterprise") };
    case "OFFICER": {
      const mine: Prisma.EnterpriseWhereInput[] = [{ responsibleOfficerId: user.id }];
      if (user.departmentId) mine.push({ supports: { some: { departmentId: user.departmentId } } });
      return { bureauId, OR: mine };
    }
    case "CHIEF":
    case "ADMIN":
      return { bureauId };
  }
}
