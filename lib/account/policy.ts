import type { Role } from "../db/generated/enums.ts";
import { anySignedInUser, roleIn, type Question } from "../auth/question.ts";

/**
 * Everyone signed in has an account of their own: password, language, sessions, sign-in history and
 * two-factor sign-in. The account page and its actions act only on the signed-in user, so there is
 * no question about anyone else's account here (that is account management's business).
 */
export const canUseOwnAccount: Question = anySignedInUser;

/** The roles whose sign-in a bureau may require a second factor for: those who see the whole county. */
const TWO_FACTOR_REQUIRABLE_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];

/** Whether the bureau's "require two-factor sign-in" setting applies to this user. */
export const isCoveredByTwoFactorRequirement: Question = roleIn(TWO_FACTOR_REQUIRABLE_ROLES);

/** Security settings are the administrator's: they turn the requirement on or off for the bureau. */
export const canRequireTwoFactor: Question = roleIn(["ADMIN"]);
