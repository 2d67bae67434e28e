import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { anySignedInUser, assertAllowed, roleIn, type Question } from "../auth/question.ts";
import { countiesOf } from "../scope/city.ts";
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
    case "CITY":
      return { bureau: countiesOf(bureauId) };
  }
}

/** Who keeps the county's enterprise register (create, edit, deactivate): its leaders and administrators. */
const REGISTRY_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];
/** The police and administrators work across enterprises; a liaison has their own one only. */
const LIST_ROLES: readonly Role[] = ["OFFICER", "CHIEF", "ADMIN"];

/** The enterprise list with its filters. */
export const canSeeEnterpriseList: Question = roleIn(LIST_ROLES);

/**
 * Find enterprises of one's scope by name (a list filter's picker): everyone who works across
 * enterprises; a liaison has only their own.
 */
export const canFindEnterprises: Question = roleIn(["OFFICER", "CHIEF", "ADMIN", "CITY"]);

/** One enterprise's page: every role, for the enterprises in its scope (a liaison: their own). */
export const canSeeEnterprise: Question = anySignedInUser;

/** Register, edit, deactivate and reactivate enterprises. */
export const canKeepRegistry: Question = roleIn(REGISTRY_ROLES);

/**
 * The bureau whose register the user keeps. Commands call this first because they are also called
 * directly (imports, seeds, tests), not only through the action wrapper that asks the same question.
 */
export function registryBureau(user: SessionUser): string {
  assertAllowed(user, canKeepRegistry);
  return requireScopeId(user.bureauId, "bureau");
}
