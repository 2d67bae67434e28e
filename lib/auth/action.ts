import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { loggerForRequest } from "../log/request.ts";
import { getCurrentUser, getSignedIn } from "./current-user.ts";
import { executeAction, type ActionDefinition, type ActionResult } from "./action-core.ts";
import { actionTranslator } from "./action-translator.ts";
import { isSameOriginRequest } from "./same-origin.ts";

export type { ActionResult } from "./action-core.ts";

/** A path whose pages show what an action changes; "layout" covers every page below it. */
export type Refresh = string | { path: string; type: "layout" };

/**
 * The one way to write a server action: the returned function fits `useActionState` and may also be
 * called with a plain object. See action-core.ts for the order of checks. The `refresh` paths are
 * revalidated after every call, also a refused one: after a conflict the user must see the new state.
 */
export function defineAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  options: {
    refresh?: Refresh[];
    /** Own-account actions: open to a user who must still set up two-factor sign-in. */ beforeTwoFactorSetup?: boolean;
  } = {},
) {
  const readUser = options.beforeTwoFactorSetup ? async () => (await getSignedIn())?.user ?? null : getCurrentUser;
  return async (_previous: ActionResult<T> | null, input: FormData | z.input<S>): Promise<ActionResult<T>> => {
    const [user, requestHeaders, t] = await Promise.all([readUser(), headers(), actionTranslator()]);
    try {
      return await executeAction(def, input, {
        user,
        sameOrigin: isSameOriginRequest(requestHeaders),
        t,
        rethrow: unstable_rethrow,
        log: loggerForRequest(requestHeaders, user),
      });
    } finally {
      for (const r of options.refresh ?? []) {
        if (typeof r === "string") revalidatePath(r);
        else revalidatePath(r.path, r.type);
      }
    }
  };
}
