import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type Column, type DataTablePagination } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";
import type { TicketListRow } from "@/lib/tickets/list";
import { Deadline } from "./deadline";
import { StatusBadge } from "./status-badge";

/** The ticket list: a table on wide screens, one card per ticket on phones; one enterprise's list leaves out its name. */
export async function TicketTable({
  rows,
  now,
  showEnterprise = true,
  pagination,
}: {
  rows: TicketListRow[];
  now: Date;
  showEnterprise?: boolean;
  pagination?: DataTablePagination;
}) {
  const [t, tc, tp, locale] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("sla.categories"),
    getTranslations("sla.priorities"),
    getLocale(),
  ]);
  const columns: (Column<TicketListRow> | false)[] = [
    { key: "number", header: t("fields.number"), className: "font-mono text-xs", cell: (row) => row.number },
    {
      key: "title",
      header: t("fields.title"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`/tickets/${row.id}`} className="text-brand-600 hover:underline">
            {row.title}
          </Link>
          <div className="mt-0.5 text-xs font-normal text-slate-500">
            {tc(row.category)} · {tp(row.priority)}
            {row.escalatedAt || row.flaggedForChief ? (
              <span className="ml-1 rounded bg-rose-100 px-1 text-rose-800">{t("flagged")}</span>
            ) : null}
          </div>
        </>
      ),
    },
    showEnterprise && {
      key: "enterprise",
      header: t("fields.enterprise"),
      cell: (row) => localized(locale, row.enterprise.name, row.enterprise.nameEn),
    },
    { key: "status", header: t("fields.status"), cell: (row) => <StatusBadge status={row.status} /> },
    { key: "deadline", header: t("fields.deadline"), cell: (row) => <Deadline dueAt={row.dueAt} now={now} /> },
    {
      key: "assignee",
      header: t("fields.assignee"),
      cell: (row) =>
        row.assignee ? (
          localized(locale, row.assignee.name, row.assignee.nameEn)
        ) : (
          <span className="text-amber-700">{t("unassigned")}</span>
        ),
    },
  ];
  return (
    <DataTable
      caption={t("listCaption")}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("empty")}
      pagination={pagination}
    />
  );
}
