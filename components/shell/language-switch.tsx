import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { HereField } from "./here";

/** The server action that stores the chosen locale and returns to `back` (app/actions/locale.ts). */
export type SetLocaleAction = (formData: FormData) => Promise<void>;

const CURRENT = "bg-brand-100 font-semibold text-brand-900";
const OTHER = "text-slate-600 hover:bg-slate-100";

/**
 * Switches between Chinese and English; works without JavaScript (a plain form post). Its buttons are
 * toggles (aria-pressed) with a look of their own, so they are not Buttons. `touch`: buttons a finger
 * hits (44 px high), for the phone's "more" sheet. Without `back` it returns to whatever page the user
 * is on when they switch (for the frame around pages, which stays while they move between pages).
 */
export async function LanguageSwitch({
  back,
  action,
  touch = false,
}: {
  back?: string;
  action: SetLocaleAction;
  touch?: boolean;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("shell")]);
  return (
    <form action={action} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {back === undefined ? (
        // Without the page's query at hand (a prerendered page) the action returns home.
        <Suspense fallback={null}>
          <HereField name="back" />
        </Suspense>
      ) : (
        <input type="hidden" name="back" value={back} />
      )}
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`rounded ${touch ? "min-h-11 px-4" : "px-2 py-1"} ${l === locale ? CURRENT : OTHER}`}
        >
          {l === "zh-CN" ? "中文" : "English"}
        </button>
      ))}
    </form>
  );
}
