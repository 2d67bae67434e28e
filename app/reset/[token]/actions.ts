"use server";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/auth/action-core";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { setPasswordThroughLink } from "@/lib/users/public-action";

/** Sets the password through a one-time link; the page has no session, the link is the credential. */
export async function setPasswordAction(
  _previous: ActionResult<{ username: string }> | null,
  form: FormData,
): Promise<ActionResult<{ username: string }>> {
  const [requestHeaders, t] = await Promise.all([headers(), getTranslations()]);
  return setPasswordThroughLink(form, {
    sameOrigin: isSameOriginRequest(requestHeaders),
    t: (key, values) => (t.has(key) ? t(key, values) : t("errors.invalidField")),
    rethrow: unstable_rethrow,
  });
}
