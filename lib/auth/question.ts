import type { Role } from "../db/generated/enums.ts";
import { ActionError } from "./errors.ts";
import type { SessionUser } from "./session-user.ts";

/**
 * A named question a capability's policy answers about a signed-in user: "may this user open the
 * disputes?" Pages, route handlers and actions ask these questions; only the policy modules know
 * which roles answer yes. Questions about one record (is this hazard in the user's scope?) are asked
 * by the scoped queries and commands instead.
 */
export type Question = (user: SessionUser) => boolean;

/** A question answered by the user's role alone. */
export function roleIn(roles: readonly Role[]): Question {
  return (user) => roles.includes(user.role);
}

/** Every signed-in user (each has notifications and an account of their own). */
export const anySignedInUser: Question = () => true;

/** For commands: refuses with the same answer the action wrapper gives when the question says no. */
export function assertAllowed(user: SessionUser, question: Question): void {
  if (!question(user)) throw new ActionError("errors.forbidden");
}
