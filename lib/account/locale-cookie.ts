import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "../../i18n/locales.ts";

/**
 * The cookie i18n/request.ts reads the language from. Signed-in users' stored preference is copied
 * into it at sign-in and when they change it, so the cookie stays the one source per request and
 * anonymous visitors keep working the same way.
 */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
}
