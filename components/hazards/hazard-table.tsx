import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isHazardOverdue } from "@/lib/hazards/machine";
import type { HazardListRow } from "@/lib/hazards/queries";
import { chinaDate } from "@/lib/time/china";
import { DataTable, type Column, type DataTablePagination } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";

/**
 * Hazards as a table (one card per hazard on phones); overdue ones are marked in words, not colour only.
 * `empty` replaces the "no hazards" text; callers that show their own empty state never reach it.
 */
export async function HazardTable({
  rows,
  now,
  showEnterprise = true,
  empty,
  pagination,
}: {
  rows: HazardListRow[];
  now: Date;
  showEnterprise?: boolean;
  empty?: string;
  pagination?: DataTablePagination;
}) {
  const [t, locale] = await Promise.all([getTranslations("hazards"), getLocale()]);
  const columns: (Column<HazardListRow> | false)[] = [
    {
      key: "description",
      header: t("description"),
      rowHeader: true,
      cell: (h) => (
        <>
          <Link href={`/hazards/${h.id}`} className="text-brand-600 hover:underline">
            {h.description}
          </Link>
          {h.location ? <span className="block text-xs font-normal text-slate-500">{h.location}</span> : null}
          {h.repeatOfId ? (
            <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs font-normal text-amber-800">{t("repeat")}</span>
          ) : null}
        </>
      ),
    },
    showEnterprise && {
      key: "enterprise",
      header: t("enterprise"),
      cell: (h) => localized(locale, h.enterprise.name, h.enterprise.nameEn),
    },
    { key: "severity", header: t("severity"), cell: (h) => t(`severities.${h.severity}`) },
    { key: "status", header: t("status"), cell: (h) => t(`statuses.${h.status}`) },
    {
      key: "deadline",
      header: t("deadline"),
      className: "tabular-nums",
      cell: (h) => (
        <>
          {chinaDate(h.deadline)}
          {isHazardOverdue(h, now) ? (
            <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800">{t("overdue")}</span>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={rows}
      rowKey={(h) => h.id}
      empty={empty ?? t("none")}
      pagination={pagination}
    />
  );
}
