import type { z } from "zod";
import { executeAction, type ActionDefinition, type ActionResult } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";

/** Runs an action definition as a signed-in user would through the wrapper (keys instead of texts). */
export function runAs<S extends z.ZodType, T>(
  user: SessionUser,
  def: ActionDefinition<S, T>,
  input: unknown,
): Promise<ActionResult<T>> {
  return executeAction(def, input, { user, sameOrigin: true, t: (key) => key });
}
