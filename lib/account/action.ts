import "server-only";
import type { z } from "zod";
import { defineAction, type ActionResult, type Refresh } from "../auth/action.ts";
import type { ActionDefinition } from "../auth/action-core.ts";
import { getSignedIn } from "../auth/current-user.ts";

/**
 * An own-account action: open to a user whom the bureau's two-factor requirement still keeps out of
 * the rest of the portal (they must be able to set it up), and with a step after success that
 * concerns this browser's session (carrying it over to a new token version, or ending it).
 */
export function defineAccountAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  options: { refresh?: Refresh[]; afterSuccess?: (userId: string, data: T) => Promise<void> } = {},
) {
  const action = defineAction(def, { refresh: options.refresh, beforeTwoFactorSetup: true });
  return async (previous: ActionResult<T> | null, input: FormData | z.input<S>): Promise<ActionResult<T>> => {
    const result = await action(previous, input);
    const signedIn = result.ok && options.afterSuccess ? await getSignedIn() : null;
    if (result.ok && signedIn && options.afterSuccess) await options.afterSuccess(signedIn.user.id, result.data);
    return result;
  };
}
