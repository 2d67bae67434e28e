import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardEnterpriseRow, DashboardTicketRow, Listed } from "@/lib/dashboard/lists";
import { chinaDate } from "@/lib/time/china";
import { EmptyState } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";

const dateTime = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Shanghai" });

async function Shown({ list }: { list: Listed<unknown> }) {
  const t = await getTranslations("dashboard.lists");
  return list.total > list.rows.length ? (
    <p className="mt-2 text-xs text-slate-600">{t("shown", { total: list.total, shown: list.rows.length })}</p>
  ) : null;
}

/** Overdue or escalated tickets, each linking to its page. */
export async function TicketList({
  list,
  caption,
  when,
}: {
  list: Listed<DashboardTicketRow>;
  caption: string;
  when: "dueAt" | "escalatedAt";
}) {
  const [t, ts, locale] = await Promise.all([
    getTranslations("dashboard.lists"),
    getTranslations("tickets.statuses"),
    getLocale(),
  ]);
  if (!list.rows.length) return <EmptyState>{t("none")}</EmptyState>;
  const fmt = dateTime(locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("ticket")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("enterprise")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("assignee")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t(when)}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((r) => {
            const at = r[when];
            return (
              <tr key={r.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">
                  <Link href={`/tickets/${r.id}`} className="text-brand-600 hover:underline">
                    {r.title}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">{r.number}</span>
                </th>
                <td className="py-2 pr-3">{localized(locale, r.enterprise.name, r.enterprise.nameEn)}</td>
                <td className="py-2 pr-3">{ts(r.status)}</td>
                <td className="py-2 pr-3">
                  {r.assignee ? localized(locale, r.assignee.name, r.assignee.nameEn) : t("unassigned")}
                </td>
                <td className="py-2 tabular-nums">{at ? fmt.format(at) : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Shown list={list} />
    </div>
  );
}

/** Enterprises not visited within the cadence, or without a responsible officer, linking to their pages. */
export async function EnterpriseList({
  list,
  caption,
  showLastVisit,
}: {
  list: Listed<DashboardEnterpriseRow>;
  caption: string;
  showLastVisit: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.lists"), getLocale()]);
  if (!list.rows.length) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[30rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("enterprise")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("workstation")}
            </th>
            {showLastVisit ? (
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("officer")}
              </th>
            ) : null}
            {showLastVisit ? (
              <th scope="col" className="py-2 font-medium">
                {t("lastVisit")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {list.rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/enterprises/${r.id}`} className="text-brand-600 hover:underline">
                  {localized(locale, r.name, r.nameEn)}
                </Link>
              </th>
              <td className="py-2 pr-3">{localized(locale, r.workstation.name, r.workstation.nameEn)}</td>
              {showLastVisit ? (
                <td className="py-2 pr-3">
                  {r.responsibleOfficer
                    ? localized(locale, r.responsibleOfficer.name, r.responsibleOfficer.nameEn)
                    : "—"}
                </td>
              ) : null}
              {showLastVisit ? (
                <td className="py-2 tabular-nums">{r.lastVisitAt ? chinaDate(r.lastVisitAt) : t("never")}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <Shown list={list} />
    </div>
  );
}
