import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SearchParams } from "@/lib/forms/url-filters";
import { isUnitFiltered, parseUnitFilters, unitFilterParams } from "@/lib/organisation/filters";
import { canManageOrganisation, canSeeOrganisation } from "@/lib/organisation/policy";
import { listDepartments } from "@/lib/organisation/queries";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PageTitle, Section } from "@/components/ui/section";
import { OrganisationTabs } from "../organisation-tabs";
import { UnitFilterForm } from "../unit-filters";
import { UnitName } from "../unit-name";

export async function generateMetadata() {
  const t = await getTranslations("organisation");
  return { title: `${t("tabs.departments")} · ${t("title")}` };
}

type Props = { searchParams: Promise<SearchParams> };
type Row = Awaited<ReturnType<typeof listDepartments>>["rows"][number];

const BASE = "/admin/organisation/departments";

export default async function DepartmentsPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeOrganisation);
  const filters = parseUnitFilters(await searchParams);
  const [t, locale, list] = await Promise.all([
    getTranslations("organisation"),
    getLocale(),
    listDepartments(user, filters),
  ]);
  const manage = canManageOrganisation(user);
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("fields.name"),
      rowHeader: true,
      cell: (d) => <UnitName unit={d} href={manage ? `${BASE}/${d.id}` : null} locale={locale} />,
    },
    {
      key: "accounts",
      header: t("columns.accounts"),
      align: "end",
      className: "tabular-nums",
      cell: (d) => d._count.officers,
    },
  ];
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <OrganisationTabs current="department" />
      {manage ? (
        <div className="mb-4">
          <ButtonLink href={`${BASE}/new`} icon={Plus} size="sm">
            {t("departments.new")}
          </ButtonLink>
        </div>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("readOnly")}</p>
      )}
      <UnitFilterForm action={BASE} filters={filters} />
      <Section title={t("departments.count", { count: list.total })} id="departments">
        <DataTable
          caption={t("departments.caption")}
          columns={columns}
          rows={list.rows}
          rowKey={(d) => d.id}
          empty={isUnitFiltered(filters) ? t("noMatch") : t("departments.none")}
          pagination={{
            page: list.page,
            pageSize: list.pageSize,
            total: list.total,
            basePath: BASE,
            query: unitFilterParams(filters),
          }}
        />
      </Section>
    </>
  );
}
