"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSignedIn } from "@/lib/auth/current-user";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { setLocaleSchema } from "@/lib/i18n/set-locale";
import { setLocaleCookie } from "@/lib/account/locale-cookie";
import { getPreferredLocale } from "@/lib/account/queries";
import { setPreferredLocale } from "@/lib/account/commands";

/**
 * Language switch; open to anonymous visitors (the sign-in page has it too), so not role-checked.
 * For a signed-in user the choice is also stored as their preference.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale"), back: formData.get("back") ?? "/" });
  if (!parsed.success || !isSameOriginRequest(await headers())) return;
  const signedIn = await getSignedIn();
  if (signedIn) await setPreferredLocale(signedIn.user, { locale: parsed.data.locale });
  await setLocaleCookie(parsed.data.locale);
  redirect(parsed.data.back);
}

/** Right after sign-in: the language the user chose earlier, on whichever computer they sign in. */
export async function applyPreferredLocale(): Promise<void> {
  if (!isSameOriginRequest(await headers())) return;
  const signedIn = await getSignedIn();
  const locale = signedIn ? await getPreferredLocale(signedIn.user) : null;
  if (locale) await setLocaleCookie(locale);
}
