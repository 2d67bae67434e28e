import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { type CadenceStatus } from "@/lib/visits/cadence";
import { canSeeCountyCadence, canSeeVisits } from "@/lib/visits/policy";
import { chinaDate } from "@/lib/time/china";
import {
  cadenceDaysFor,
  cadenceListForOfficer,
  countyOverdueList,
  overdueByOfficer,
  type CadenceRow,
  type OverdueRow,
} from "@/lib/visits/queries";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";

type T = Awaited<ReturnType<typeof getTranslations<"visits">>>;

export async function generateMetadata() {
  return { title: (await getTranslations("visits"))("title") };
}

export default async function VisitsPage() {
  const user = await requirePermission(canSeeVisits);
  const [t, locale, days] = await Promise.all([getTranslations("visits"), getLocale(), cadenceDaysFor(user.bureauId)]);
  const chief = canSeeCountyCadence(user);
  return (
    <>
      <PageTitle subtitle={t(chief ? "chiefSubtitle" : "officerSubtitle", { days })}>{t("title")}</PageTitle>
      {chief ? <ChiefView user={user} t={t} locale={locale} /> : <OfficerView user={user} t={t} locale={locale} />}
    </>
  );
}

type ViewProps = { user: SessionUser; t: T; locale: string };

async function OfficerView({ user, t, locale }: ViewProps) {
  const rows = await cadenceListForOfficer(user);
  return (
    <Section title={t("myEnterprises")} id="my-enterprises">
      {rows.length === 0 ? (
        <EmptyState>{t("noEnterprises")}</EmptyState>
      ) : (
        <CadenceTable rows={rows} t={t} locale={locale} caption={t("myEnterprisesCaption")} />
      )}
    </Section>
  );
}

async function ChiefView({ user, t, locale }: ViewProps) {
  const [officers, overdue] = await Promise.all([overdueByOfficer(user), countyOverdueList(user)]);
  return (
    <div className="space-y-4">
      <Section title={t("byOfficer")} id="by-officer">
        {officers.length === 0 ? (
          <EmptyState>{t("noOfficers")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[24rem] text-left text-sm">
              <caption className="sr-only">{t("byOfficerCaption")}</caption>
              <thead className="border-b border-slate-200 text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("officer")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    {t("assigned")}
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    {t("overdueCount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {officers.map((o) => (
                  <tr key={o.id} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {localized(locale, o.name, o.nameEn)}
                    </th>
                    <td className="py-2 pr-3 text-right tabular-nums">{o.assigned}</td>
                    <td className={`py-2 text-right tabular-nums ${o.overdue ? "font-semibold text-red-700" : ""}`}>
                      {o.overdue}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t("countyOverdue")} id="county-overdue">
        {overdue.length === 0 ? (
          <EmptyState>{t("noneOverdue")}</EmptyState>
        ) : (
          <CadenceTable rows={overdue} t={t} locale={locale} caption={t("countyOverdueCaption")} />
        )}
      </Section>
    </div>
  );
}

const BADGE: Record<CadenceStatus, string> = {
  overdue: "bg-red-100 text-red-800",
  never: "bg-amber-100 text-amber-800",
  dueSoon: "bg-yellow-50 text-yellow-800",
  ok: "bg-emerald-50 text-emerald-800",
};

/** Enterprises with their cadence; with an officer column when the rows carry one (the chief's county list). */
function CadenceTable({
  rows,
  t,
  locale,
  caption,
}: {
  rows: (CadenceRow | OverdueRow)[];
  t: T;
  locale: string;
  caption: string;
}) {
  const withOfficer = rows.some((r) => "officer" in r);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("enterprise")}
            </th>
            {withOfficer ? (
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("officer")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("lastVisit")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("dueOn")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">{t("logVisit")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const name = localized(locale, r.name, r.nameEn);
            return (
              <tr key={r.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">
                  <Link href={`/enterprises/${r.id}`} className="text-brand-600 hover:underline">
                    {name}
                  </Link>
                </th>
                {withOfficer ? (
                  <td className="py-2 pr-3">
                    {"officer" in r && r.officer ? localized(locale, r.officer.name, r.officer.nameEn) : "—"}
                  </td>
                ) : null}
                <td className="py-2 pr-3 tabular-nums">{r.lastVisitAt ? chinaDate(r.lastVisitAt) : t("never")}</td>
                <td className="py-2 pr-3 tabular-nums">{r.dueOn ?? "—"}</td>
                <td className="py-2 pr-3">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${BADGE[r.status]}`}>
                    {t(`statuses.${r.status}`)}
                  </span>
                  {r.status === "overdue" ? (
                    <span className="ml-2 text-xs text-red-700">{t("daysOverdue", { days: r.daysOverdue })}</span>
                  ) : null}
                </td>
                <td className="py-2 text-right">
                  <Link
                    href={`/visits/new?enterprise=${r.id}`}
                    aria-label={t("logVisitFor", { name })}
                    className="whitespace-nowrap text-brand-600 hover:underline"
                  >
                    {t("logVisit")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
