// The one action that runs without a session: setting a password through a one-time link. It keeps
// the wrapper's other checks (origin, zod, one result shape) from lib/auth/action-core.ts.
import { executeAction, type ActionContext, type ActionResult } from "../auth/action-core.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { setPasswordWithToken } from "./commands.ts";
import { setPasswordSchema } from "./schemas.ts";

/** Stands in for the absent session so the shared wrapper runs; the command never reads it. */
const NOBODY: SessionUser = {
  id: "",
  username: "",
  name: "",
  role: "LIAISON",
  bureauId: "",
  stationId: null,
  departmentId: null,
  enterpriseId: null,
};

export function setPasswordThroughLink(
  raw: unknown,
  ctx: Omit<ActionContext, "user">,
): Promise<ActionResult<{ username: string }>> {
  return executeAction(
    { allow: () => true, schema: setPasswordSchema, run: (_nobody, input) => setPasswordWithToken(input) },
    raw,
    { ...ctx, user: NOBODY },
  );
}
