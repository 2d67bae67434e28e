import { ActionError } from "../auth/errors.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** County figures are bureau-wide whoever asks, so only chiefs may ask; the query layer refuses everyone else. */
export function canSeeCountyDashboard(user: SessionUser): boolean {
  return user.role === "CHIEF";
}

/** The chief's bureau id, or a refusal for anyone else. */
export function requireChiefBureau(user: SessionUser): string {
  if (!canSeeCountyDashboard(user)) throw new ActionError("errors.forbidden");
  return requireScopeId(user.bureauId, "bureau");
}
