import { getLocale } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import type { CountyFigures } from "@/lib/dashboard/figures";
import type { Period } from "@/lib/dashboard/period";
import { bulletinText } from "./bulletin-text";

/** The period's figures written out as the monthly bulletins state them, in the reader's language. */
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
  return (
    <div className="space-y-3" data-testid="bulletin">
      <p lang={locale} className="text-sm leading-7 text-slate-800">
        {bulletinText(locale, figures, period, scopeName)}
      </p>
    </div>
  );
}
