import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ResidencyListRow } from "@/lib/residency/queries";
import { chinaDate } from "@/lib/time/china";
import { DataTable, type Column, type DataTablePagination } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";

/** Requests as a table (one card per request on phones). Rows arrive masked from the query layer. */
export async function RequestTable({
  rows,
  showEnterprise,
  empty,
  pagination,
}: {
  rows: ResidencyListRow[];
  showEnterprise: boolean;
  empty: string;
  pagination?: DataTablePagination;
}) {
  const [t, locale] = await Promise.all([getTranslations("residency"), getLocale()]);
  const columns: (Column<ResidencyListRow> | false)[] = [
    {
      key: "number",
      header: t("number"),
      rowHeader: true,
      cell: (r) => (
        <>
          <Link href={`/residency/${r.id}`} className="text-brand-600 hover:underline">
            {r.number}
          </Link>
          {r.greenChannel ? (
            <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs font-normal text-emerald-800">
              {t("green")}
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: "applicant",
      header: t("applicant"),
      cell: (r) => (
        <>
          {r.applicantName}
          <span className="block font-mono text-xs text-slate-500">{r.applicantIdNumber}</span>
        </>
      ),
    },
    { key: "kind", header: t("kind"), cell: (r) => t(`kinds.${r.kind}`) },
    showEnterprise && {
      key: "enterprise",
      header: t("enterprise"),
      cell: (r) => localized(locale, r.enterprise.name, r.enterprise.nameEn),
    },
    { key: "status", header: t("status"), cell: (r) => t(`statuses.${r.status}`) },
    {
      key: "submittedAt",
      header: t("submittedAt"),
      className: "tabular-nums",
      cell: (r) => (r.submittedAt ? chinaDate(r.submittedAt) : "—"),
    },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      pagination={pagination}
    />
  );
}
