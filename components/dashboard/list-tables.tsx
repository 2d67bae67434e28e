import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardEnterpriseRow, DashboardTicketRow, Listed } from "@/lib/dashboard/lists";
import { chinaDate } from "@/lib/time/china";
import { DataTable, type Column } from "@/components/ui/data-table";
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
  const fmt = dateTime(locale);
  const columns: Column<DashboardTicketRow>[] = [
    {
      key: "ticket",
      header: t("ticket"),
      rowHeader: true,
      cell: (r) => (
        <>
          <Link href={`/tickets/${r.id}`} className="text-brand-600 hover:underline">
            {r.title}
          </Link>
          <span className="block text-xs font-normal text-slate-600">{r.number}</span>
        </>
      ),
    },
    {
      key: "enterprise",
      header: t("enterprise"),
      cell: (r) => localized(locale, r.enterprise.name, r.enterprise.nameEn),
    },
    { key: "status", header: t("status"), cell: (r) => ts(r.status) },
    {
      key: "assignee",
      header: t("assignee"),
      cell: (r) => (r.assignee ? localized(locale, r.assignee.name, r.assignee.nameEn) : t("unassigned")),
    },
    {
      key: when,
      header: t(when),
      className: "tabular-nums",
      cell: (r) => {
        const at = r[when];
        return at ? fmt.format(at) : "";
      },
    },
  ];
  return (
    <>
      <DataTable caption={caption} columns={columns} rows={list.rows} rowKey={(r) => r.id} empty={t("none")} />
      <Shown list={list} />
    </>
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
  const columns: (Column<DashboardEnterpriseRow> | false)[] = [
    {
      key: "enterprise",
      header: t("enterprise"),
      rowHeader: true,
      cell: (r) => (
        <Link href={`/enterprises/${r.id}`} className="text-brand-600 hover:underline">
          {localized(locale, r.name, r.nameEn)}
        </Link>
      ),
    },
    {
      key: "workstation",
      header: t("workstation"),
      cell: (r) => localized(locale, r.workstation.name, r.workstation.nameEn),
    },
    showLastVisit && {
      key: "officer",
      header: t("officer"),
      cell: (r) =>
        r.responsibleOfficer ? localized(locale, r.responsibleOfficer.name, r.responsibleOfficer.nameEn) : "—",
    },
    showLastVisit && {
      key: "lastVisit",
      header: t("lastVisit"),
      className: "tabular-nums",
      cell: (r) => (r.lastVisitAt ? chinaDate(r.lastVisitAt) : t("never")),
    },
  ];
  return (
    <>
      <DataTable caption={caption} columns={columns} rows={list.rows} rowKey={(r) => r.id} empty={t("none")} />
      <Shown list={list} />
    </>
  );
}
