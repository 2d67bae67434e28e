import { createTranslator } from "next-intl";
import { MESSAGES } from "@/messages";
import { TIME_ZONE } from "@/i18n/locales";
import type { CountyFigures } from "@/lib/dashboard/figures";
import type { Period } from "@/lib/dashboard/period";
import { formats, periodLabel } from "./format";

export type BulletinLocale = "zh-CN" | "en";

/** The bulletin paragraph in one language, its figures formatted for that language. */
export function bulletinText(
  locale: BulletinLocale,
  figures: CountyFigures,
  period: Period,
  scopeName?: { zh: string; en: string },
): string {
  // Its own translator: the bulletin is also written out for a given language, outside any request.
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "dashboard", timeZone: TIME_ZONE });
  const f = formats(locale);
  const none = t("bulletin.none");
  const { tickets, hazards, disputes, coverage, patrols, residency } = figures;
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
  // Patrol and residency figures exist for the county or a station only (see countsByStation).
  const patrolText = patrols
    ? t("bulletin.patrols", {
        shifts: patrols.shiftsRun,
        guards: patrols.guardPersonTimes,
        video: patrols.videoPatrols,
        persons: patrols.personsChecked,
        vehicles: patrols.vehiclesChecked,
        hazards: patrols.hazardsFound,
      })
    : null;
  const residencyText = residency
    ? t("bulletin.residency", {
        completed: residency.completed,
        green: residency.completedGreen,
        greenShare: f.pct(residency.greenShare) ?? none,
      })
    : null;
  return [text, patrolText, residencyText].filter(Boolean).join(locale === "en" ? " " : "");
}
