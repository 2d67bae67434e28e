import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type Column, type DataTablePagination } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";
import { InactiveBadge } from "./inactive-badge";

type Row = {
  id: string;
  name: string;
  nameEn: string;
  industry: string;
  industryEn: string;
  employees: number;
  keyProject: boolean;
  /** Absent for lists that only ever hold active enterprises. */
  active?: boolean;
  workstation: { name: string; nameEn: string; park?: string; parkEn?: string };
  responsibleOfficer: { name: string; nameEn: string } | null;
  openTickets: number;
};

/** `empty` replaces the "no enterprises" text, e.g. with "nothing matches" when the list is filtered. */
export async function EnterpriseTable({
  rows,
  empty,
  pagination,
}: {
  rows: Row[];
  empty?: string;
  pagination?: DataTablePagination;
}) {
  const [t, locale] = await Promise.all([getTranslations("enterprise"), getLocale()]);
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("name"),
      rowHeader: true,
      cell: (e) => (
        <>
          <Link href={`/enterprises/${e.id}`} className="text-brand-600 hover:underline">
            {localized(locale, e.name, e.nameEn)}
          </Link>
          {e.keyProject ? (
            <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-800">{t("keyProject")}</span>
          ) : null}
          {e.active === false ? <InactiveBadge /> : null}
        </>
      ),
    },
    {
      key: "workstation",
      header: t("workstation"),
      cell: (e) => (
        <>
          {localized(locale, e.workstation.name, e.workstation.nameEn)}
          {e.workstation.park ? (
            <span className="block text-xs text-slate-500">
              {localized(locale, e.workstation.park, e.workstation.parkEn)}
            </span>
          ) : null}
        </>
      ),
    },
    { key: "industry", header: t("industry"), cell: (e) => localized(locale, e.industry, e.industryEn) },
    {
      key: "employees",
      header: t("employees"),
      align: "end",
      className: "tabular-nums",
      cell: (e) => e.employees.toLocaleString(locale),
    },
    {
      key: "responsibleOfficer",
      header: t("responsibleOfficer"),
      cell: (e) =>
        e.responsibleOfficer ? (
          localized(locale, e.responsibleOfficer.name, e.responsibleOfficer.nameEn)
        ) : (
          <span className="text-amber-700">{t("noOfficer")}</span>
        ),
    },
    {
      key: "openTickets",
      header: t("openTickets"),
      align: "end",
      className: "tabular-nums",
      cell: (e) => e.openTickets,
    },
  ];
  return (
    <DataTable
      caption={t("listCaption")}
      columns={columns}
      rows={rows}
      rowKey={(e) => e.id}
      empty={empty ?? t("none")}
      pagination={pagination}
    />
  );
}
