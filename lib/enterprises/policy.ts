import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError } from "../auth/errors.ts";
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

/** Who keeps the county's enterprise register (create, edit, deactivate): its leaders and administrators. */
export const REGISTRY_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];

export function canKeepRegistry(user: Pick<SessionUser, "role">): boolean {
  return REGISTRY_ROLES.includes(user.role);
}

/**
 * The bureau whose register the user keeps. Commands call this first because they are also called
 * directly (imports, seeds, tests), not only through the role-checking action wrapper.
 */
export function registryBureau(user: SessionUser): string {
  if (!canKeepRegistry(user)) throw new ActionError("errors.forbidden");
  return requireScopeId(user.bureauId, "bureau");
}
