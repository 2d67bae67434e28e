import { createTranslator } from "next-intl";
import { MESSAGES } from "@/messages";
import { TIME_ZONE } from "@/i18n/locales";
import type { CountyFigures } from "@/lib/dashboard/figures";
import type { Period } from "@/lib/dashboard/period";
import { formats, periodLabel } from "./format";

const LOCALES = [
  { locale: "zh-CN", lang: "zh-CN" },
  { locale: "en", lang: "en" },
] as const;

/** One bulletin paragraph in one language, its figures formatted for that language. */
function Paragraph({ locale, lang, figures, period, scopeName }: { locale: "zh-CN" | "en"; lang: string; figures: CountyFigures; period: Period; scopeName?: { zh: string; en: string } }) {
  // Both languages on every page, whichever the reader chose, so each paragraph gets its own translator.
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "dashboard", timeZone: TIME_ZONE });
  const f = formats(locale);
  const none = t("bulletin.none");
  const { tickets, hazards, disputes, coverage } = figures;
  const rating = f.dec(tickets.averageRating);
  const text = t("bulletin.text", {
    period: periodLabel((key, values) => t(`periodLabel.${key}`, values), locale, period),
    scope: scopeName ? (locale === "en" ? scopeName.en : scopeName.zh) : t("bulletin.county"),
    received: tickets.received,
    resolved: tickets.resolved,
    onTime: f.pct(tickets.onTimeResolution) ?? none,
    rating: rating === null ? none : t("bulletin.ratingValue", { value: rating }),
    hazardsListed: hazards.listed,
    hazardsClosed: hazards.closed,
    disputes: disputes.recorded,
    disputesResolved: disputes.resolved,
    disputeRate: f.pct(disputes.resolutionRate) ?? none,
    covered: coverage.covered,
    officerCoverage: f.pct(coverage.enterprises ? coverage.covered / coverage.enterprises : null) ?? none,
  });
  return (
    <p lang={lang} className="text-sm leading-7 text-slate-800">
      {text}
    </p>
  );
}

/** The period's figures written out as the monthly bulletins state them, in Chinese and in English. */
export async function Bulletin({ figures, period, scopeName }: { figures: CountyFigures; period: Period; scopeName?: { zh: string; en: string } }) {
  return (
    <div className="space-y-3" data-testid="bulletin">
      {LOCALES.map((l) => (
        <Paragraph key={l.locale} {...l} figures={figures} period={period} scopeName={scopeName} />
      ))}
    </div>
  );
}
