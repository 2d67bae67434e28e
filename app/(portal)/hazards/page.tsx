import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { HazardStatus } from "@/lib/db/generated/enums";
import { isHazardOverdue, HAZARD_POLICE_ROLES } from "@/lib/hazards/machine";
import { HAZARD_PAGE_SIZE, listHazards } from "@/lib/hazards/queries";
import { chinaDate } from "@/lib/visits/cadence";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { localized } from "@/components/ui/localized";

export async function generateMetadata() {
  return { title: (await getTranslations("hazards"))("title") };
}

type Props = { searchParams: Promise<{ status?: string | string[]; page?: string | string[] }> };

const STATUSES = Object.values(HazardStatus);

export default async function HazardsPage({ searchParams }: Props) {
  const user = await requireRole("LIAISON", "OFFICER", "CHIEF");
  const query = await searchParams;
  // An unknown status in the URL shows everything rather than an error page.
  const status = STATUSES.find((s) => s === query.status);
  const page = parsePage(query.page);
  const now = new Date();
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations("hazards"),
    getLocale(),
    listHazards(user, { status, page, now }),
  ]);
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="status" className="block text-sm font-medium text-slate-700">{t("filter")}</label>
            <select id="status" name="status" defaultValue={status ?? ""} className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm">
              <option value="">{t("allStatuses")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>{t(`statuses.${s}`)}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">{t("apply")}</button>
        </form>
        {HAZARD_POLICE_ROLES.includes(user.role) ? (
          <Link href="/hazards/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("new")}</Link>
        ) : null}
      </div>
      <Section title={t("title")} id="hazards">
        {rows.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="border-b border-slate-200 text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">{t("description")}</th>
                  <th scope="col" className="py-2 pr-3 font-medium">{t("enterprise")}</th>
                  <th scope="col" className="py-2 pr-3 font-medium">{t("severity")}</th>
                  <th scope="col" className="py-2 pr-3 font-medium">{t("status")}</th>
                  <th scope="col" className="py-2 font-medium">{t("deadline")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((h) => (
                  <tr key={h.id} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      <Link href={`/hazards/${h.id}`} className="text-brand-600 hover:underline">{h.description}</Link>
                      {h.location ? <span className="block text-xs font-normal text-slate-500">{h.location}</span> : null}
                      {h.repeatOfId ? <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs font-normal text-amber-800">{t("repeat")}</span> : null}
                    </th>
                    <td className="py-2 pr-3">{localized(locale, h.enterprise.name, h.enterprise.nameEn)}</td>
                    <td className="py-2 pr-3">{t(`severities.${h.severity}`)}</td>
                    <td className="py-2 pr-3">{t(`statuses.${h.status}`)}</td>
                    <td className="py-2 tabular-nums">
                      {chinaDate(h.deadline)}
                      {isHazardOverdue(h, now) ? <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800">{t("overdue")}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={page} pageSize={HAZARD_PAGE_SIZE} total={total} basePath="/hazards" query={{ status }} />
      </Section>
    </>
  );
}
