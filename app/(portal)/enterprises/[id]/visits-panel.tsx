import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canSeeVisits } from "@/lib/visits/policy";
import { recentVisitsOf } from "@/lib/visits/queries";
import { chinaDate } from "@/lib/time/china";
import { EmptyState, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";

/** The enterprise's last 10 visits, for police roles; visit records are internal, so liaisons get nothing. */
export async function VisitsPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  if (!canSeeVisits(user)) return null;
  const [visits, t, locale] = await Promise.all([
    recentVisitsOf(user, enterpriseId),
    getTranslations("visits"),
    getLocale(),
  ]);
  return (
    <Section title={t("panelTitle")} id="visits">
      {visits.length === 0 ? (
        <EmptyState>{t("panelNone")}</EmptyState>
      ) : (
        <ul aria-label={t("panelCaption")} className="divide-y divide-slate-100 text-sm">
          {visits.map((v) => (
            <li key={v.id} className="py-2">
              <p className="flex flex-wrap gap-x-3 text-slate-600">
                <span className="tabular-nums">{chinaDate(v.visitedAt)}</span>
                <span>{t(`kinds.${v.kind}`)}</span>
                <span>
                  {t("by")}: {localized(locale, v.officer.name, v.officer.nameEn)}
                </span>
              </p>
              <p className="mt-1 whitespace-pre-line">{v.findings}</p>
              <p className="mt-1 text-xs">
                <Link href={`/hazards/new?visit=${v.id}`} className="text-brand-600 hover:underline">
                  {t("listHazard")}
                </Link>
              </p>
              {v.participants ? (
                <p className="mt-1 text-xs text-slate-500">
                  {t("fields.participants")}: {v.participants}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link href={`/visits/new?enterprise=${enterpriseId}`} className="text-brand-600 hover:underline">
          {t("logVisit")}
        </Link>
      </p>
    </Section>
  );
}
