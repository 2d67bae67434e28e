import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed, roleIn, type Question } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Administrators keep the accounts of their bureau; chiefs read who has access to their county. */
const ACCOUNT_READER_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];
const ACCOUNT_KEEPER_ROLES: readonly Role[] = ["ADMIN"];

/** The account list and an account's page (read-only for chiefs). */
export const canSeeAccounts: Question = roleIn(ACCOUNT_READER_ROLES);

/**
 * Create, edit, disable and enable accounts, hand out password-reset and invitation links, unlock
 * accounts blocked by sign-in throttling, sign an account's apps out of the API.
 */
export const canManageAccounts: Question = roleIn(ACCOUNT_KEEPER_ROLES);

/** The accounts a user may see: their own bureau's, never another county's. */
export function accountScope(user: SessionUser): Prisma.UserWhereInput {
  return { bureauId: requireScopeId(user.bureauId, "bureau") };
}

/**
 * The bureau whose accounts the user manages. Commands call this first: they are also called
 * directly (tests, seeds), not only through the action wrapper that asks the same question.
 */
export function accountBureau(user: SessionUser): string {
  assertAllowed(user, canManageAccounts);
  return requireScopeId(user.bureauId, "bureau");
}
