import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { sessionStateOf } from "./options.ts";
import { recheckSession } from "./session-recheck.ts";
import { requestSessionToken } from "./session-token.ts";
import type { Question } from "./question.ts";
import { hasCompleteScope, type SessionUser } from "./session-user.ts";

/** Where a user goes who must set up two-factor sign-in before using the portal. */
export const TWO_FACTOR_SETUP_PATH = "/account/two-factor";

export type SignedIn = { user: SessionUser; twoFactorPending: boolean };

/**
 * The session of this request, also while the bureau's two-factor requirement keeps the user out of
 * the portal (`twoFactorPending`). Only their own account's pages and actions use it; everything else
 * asks getCurrentUser. Read once per request.
 */
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const token = await requestSessionToken();
  if (!token) return null;
  const checked = await recheckSession(token, sessionStateOf, Date.now());
  const user = checked.revoked ? undefined : checked.user;
  return user && hasCompleteScope(user) ? { user, twoFactorPending: checked.twoFactorPending === true } : null;
});

/**
 * The signed-in user of this request, or null. A user who still has to set up the two-factor sign-in
 * their bureau requires counts as not signed in here, so every page, action and route handler built on
 * it refuses them until they have.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const signedIn = await getSignedIn();
  return signedIn && !signedIn.twoFactorPending ? signedIn.user : null;
});

/** Page guard: anonymous users go to sign-in, users who must set up two-factor sign-in to its page. */
export async function requireUser(): Promise<SessionUser> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/login");
  if (signedIn.twoFactorPending) redirect(TWO_FACTOR_SETUP_PATH);
  return signedIn.user;
}

/** Guard of the own-account pages and the portal frame: signed in, two-factor set up or not. */
export async function requireSignedIn(question: Question): Promise<SignedIn> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/login");
  if (!question(signedIn.user)) forbidden();
  return signedIn;
}

/**
 * The one page guard: anonymous users go to sign-in, users the policy's question refuses see the
 * 403 page. Records outside the user's scope are the queries' business: they return null and the
 * page answers 404.
 */
export async function requirePermission(question: Question): Promise<SessionUser> {
  const user = await requireUser();
  if (!question(user)) forbidden();
  return user;
}

/**
 * The same guard for route handlers (downloads, exports): the user, or the response to send instead
 * (401 without a session, 403 when the policy says no).
 */
export async function authorizeRequest(question: Question): Promise<SessionUser | Response> {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!question(user)) return new Response(null, { status: 403 });
  return user;
}
