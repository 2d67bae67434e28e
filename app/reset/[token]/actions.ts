"use server";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/auth/action-core";
import { actionTranslator } from "@/lib/auth/action-translator";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { setPasswordThroughLink } from "@/lib/users/public-action";

/** Sets the password through a one-time link; the page has no session, the link is the credential. */
export async function setPasswordAction(
  _previous: ActionResult<{ username: string }> | null,
  form: FormData,
): Promise<ActionResult<{ username: string }>> {
  const [requestHeaders, t] = await Promise.all([headers(), actionTranslator()]);
  return setPasswordThroughLink(form, {
    sameOrigin: isSameOriginRequest(requestHeaders),
    t,
    rethrow: unstable_rethrow,
  });
}
