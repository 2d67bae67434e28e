// The API answers in the language the client asks for (Accept-Language), Chinese unless it prefers
// English, with the portal's own messages: a field error reads the same in the app as on the page.
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "../../messages/index.ts";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales.ts";
import type { ActionContext } from "../auth/action-core.ts";
import { withListsWritten } from "../i18n/list-style.ts";

/** The first language of the header the portal speaks, by the client's own order of preference. */
export function localeOf(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return DEFAULT_LOCALE;
}

const translators = new Map<Locale, ActionContext["t"]>();

/** The reader's translator: unknown keys get the generic field message, lists the reader's commas. */
export function apiTranslator(locale: Locale): ActionContext["t"] {
  let t = translators.get(locale);
  if (!t) {
    const base = createTranslator({ locale, messages: MESSAGES[locale] });
    t = (key, values) =>
      base.has(key as never)
        ? base(key as never, withListsWritten(values, locale) as never)
        : base("errors.invalidField" as never);
    translators.set(locale, t);
  }
  return t;
}
