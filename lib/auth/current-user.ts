import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options.ts";
import type { Question } from "./question.ts";
import { hasCompleteScope, type SessionUser } from "./session-user.ts";

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  return user && hasCompleteScope(user) ? user : null;
});

/** Page guard: anonymous users go to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
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
