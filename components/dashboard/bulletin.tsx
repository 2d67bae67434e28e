import { getLocale } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE, LOCALES, type Locale } from "@/i18n/locales";
import type { CountyFigures } from "@/lib/dashboard/figures";
import type { Period } from "@/lib/dashboard/period";
import { bulletinText } from "./bulletin-text";

/** Each language named in itself, for the reader who needs the bulletin in the other one. */
const IN_ITSELF: Record<Locale, string> = { "zh-CN": "中文版", en: "English version" };

/**
 * The period's figures written out as the monthly bulletins state them, in the reader's language;
 * the other language's text one click away (a chief may pass it on to someone who reads that one).
 */
export async function Bulletin({
  figures,
  period,
  scopeName,
}: {
  figures: CountyFigures;
  period: Period;
  scopeName?: { zh: string; en: string };
}) {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const other = LOCALES.find((l) => l !== locale)!;
  return (
    <div className="space-y-3" data-testid="bulletin">
      <p lang={locale} className="text-sm leading-7 text-slate-800">
        {bulletinText(locale, figures, period, scopeName)}
      </p>
      <details className="text-sm" data-testid="bulletin-other">
        <summary
          lang={other}
          className="inline-flex min-h-11 cursor-pointer items-center text-brand-600 hover:underline"
        >
          {IN_ITSELF[other]}
        </summary>
        <p lang={other} className="leading-7 text-slate-800">
          {bulletinText(other, figures, period, scopeName)}
        </p>
      </details>
    </div>
  );
}
