import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "../db/generated/enums.ts";
import { authOptions } from "./options.ts";
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

/** Page guard: users of other roles see the 403 page. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}
