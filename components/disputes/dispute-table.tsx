import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { DisputeListRow } from "@/lib/disputes/queries";
import { chinaDate } from "@/lib/time/china";
import { DataTable, type Column, type DataTablePagination } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";

export function RiskBadge({ label }: { label: string }) {
  return <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-normal text-red-800">{label}</span>;
}

/** Disputes as a table: parties (linking to the dispute), enterprise, kind, status, date recorded. */
export async function DisputeTable({
  rows,
  caption,
  empty,
  pagination,
}: {
  rows: DisputeListRow[];
  caption: string;
  /** Said instead of the table when there are no rows. */
  empty: ReactNode;
  pagination?: DataTablePagination;
}) {
  const [t, locale] = await Promise.all([getTranslations("disputes"), getLocale()]);
  const columns: Column<DisputeListRow>[] = [
    {
      key: "parties",
      header: t("parties"),
      rowHeader: true,
      cell: (d) => (
        <>
          <Link href={`/disputes/${d.id}`} className="text-brand-600 underline underline-offset-2">
            {d.parties}
          </Link>
          {d.escalationRisk ? <RiskBadge label={t("risk")} /> : null}
        </>
      ),
    },
    {
      key: "enterprise",
      header: t("enterprise"),
      cell: (d) =>
        d.enterprise ? (
          localized(locale, d.enterprise.name, d.enterprise.nameEn)
        ) : (
          <span className="text-slate-500">{t("noEnterprise")}</span>
        ),
    },
    { key: "kind", header: t("kind"), cell: (d) => t(`kinds.${d.kind}`) },
    { key: "status", header: t("status"), cell: (d) => t(`statuses.${d.status}`) },
    { key: "recordedAt", header: t("recordedAt"), className: "tabular-nums", cell: (d) => chinaDate(d.createdAt) },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(d) => d.id}
      empty={empty}
      pagination={pagination}
    />
  );
}
