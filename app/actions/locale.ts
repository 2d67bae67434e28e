"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { setLocaleSchema } from "@/lib/i18n/set-locale";

/** Language switch; open to anonymous visitors (the sign-in page has it too), so not role-checked. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale"), back: formData.get("back") ?? "/" });
  if (!parsed.success || !isSameOriginRequest(await headers())) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
  redirect(parsed.data.back);
}
