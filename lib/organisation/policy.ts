import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed, roleIn, type Question } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The organisation of a county (stations, workstations, departments) is set up by its administrators.
 * Its leaders read it, because they plan patrols and assignments around it, but a reorganisation is
 * a configuration change that the administrators make on their order.
 */
const READER_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];
const MANAGER_ROLES: readonly Role[] = ["ADMIN"];

/** The organisation pages: the lists of stations, workstations and departments. */
export const canSeeOrganisation: Question = roleIn(READER_ROLES);

/** Create, edit, deactivate and reactivate stations, workstations and departments. */
export const canManageOrganisation: Question = roleIn(MANAGER_ROLES);

/** Move an enterprise to another workstation (a change of who serves it, kept in its history). */
export const canMoveEnterprise: Question = roleIn(MANAGER_ROLES);

/** The bureau whose organisation the user reads; commands and queries never take it from the browser. */
export function readerBureau(user: SessionUser): string {
  assertAllowed(user, canSeeOrganisation);
  return requireScopeId(user.bureauId, "bureau");
}

/** The bureau whose organisation the user changes; commands ask this first, as they are also called directly. */
export function managerBureau(user: SessionUser, question: Question = canManageOrganisation): string {
  assertAllowed(user, question);
  return requireScopeId(user.bureauId, "bureau");
}
