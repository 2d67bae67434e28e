import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";

/** Who decides who answers for an enterprise (一企一警): the bureau's leaders and administrators. */
const ASSIGNER_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];
/** Assignment history is internal police information; liaisons only see the current officer's card. */
const HISTORY_ROLES: readonly Role[] = ["OFFICER", "CHIEF", "ADMIN"];

/** Assign and reassign responsible officers, hand an officer's enterprises over, set the 1+N departments. */
export function canAssign(user: Pick<SessionUser, "role">): boolean {
  return ASSIGNER_ROLES.includes(user.role);
}

/** The enterprise's responsible-officer history. */
export function canSeeAssignmentHistory(user: Pick<SessionUser, "role">): boolean {
  return HISTORY_ROLES.includes(user.role);
}

/** Share of active enterprises with a responsible officer; an empty county counts as uncovered, not 100 %. */
export function coverageShare(covered: number, total: number): number {
  return total > 0 ? covered / total : 0;
}

/**
 * Assignment rows are periods; people read them as changes "from A to B". Given the periods newest
 * first, pairs each with the officer it replaced (null for the first assignment).
 */
export function withPredecessors<P extends { officer: unknown }>(
  newestFirst: readonly P[],
): (P & { previous: P["officer"] | null })[] {
  return newestFirst.map((row, i) => ({ ...row, previous: newestFirst[i + 1]?.officer ?? null }));
}
