import type { CountyFigures } from "@/lib/dashboard/figures";
import type { Period } from "@/lib/dashboard/period";
import { bulletinText } from "./bulletin-text";

const LOCALES = [
  { locale: "zh-CN", lang: "zh-CN" },
  { locale: "en", lang: "en" },
] as const;

/** The period's figures written out as the monthly bulletins state them, in Chinese and in English. */
export function Bulletin({
  figures,
  period,
  scopeName,
}: {
  figures: CountyFigures;
  period: Period;
  scopeName?: { zh: string; en: string };
}) {
  return (
    <div className="space-y-3" data-testid="bulletin">
      {LOCALES.map((l) => (
        <p key={l.locale} lang={l.lang} className="text-sm leading-7 text-slate-800">
          {bulletinText(l.locale, figures, period, scopeName)}
        </p>
      ))}
    </div>
  );
}
