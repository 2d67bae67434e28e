import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SearchParams } from "@/lib/forms/url-filters";
import { isUnitFiltered, parseUnitFilters, unitFilterParams } from "@/lib/organisation/filters";
import { canManageOrganisation, canSeeOrganisation } from "@/lib/organisation/policy";
import { listStations } from "@/lib/organisation/queries";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PageTitle, Section } from "@/components/ui/section";
import { OrganisationTabs } from "../organisation-tabs";
import { UnitFilterForm } from "../unit-filters";
import { UnitName } from "../unit-name";

export async function generateMetadata() {
  const t = await getTranslations("organisation");
  return { title: `${t("tabs.stations")} · ${t("title")}` };
}

type Props = { searchParams: Promise<SearchParams> };
type Row = Awaited<ReturnType<typeof listStations>>["rows"][number];

const BASE = "/admin/organisation/stations";

export default async function StationsPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeOrganisation);
  const filters = parseUnitFilters(await searchParams);
  const [t, locale, list] = await Promise.all([
    getTranslations("organisation"),
    getLocale(),
    listStations(user, filters),
  ]);
  const manage = canManageOrganisation(user);
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("fields.name"),
      rowHeader: true,
      cell: (s) => <UnitName unit={s} href={manage ? `${BASE}/${s.id}` : null} locale={locale} />,
    },
    { key: "phone", header: t("fields.phone"), className: "tabular-nums", cell: (s) => s.phone || "—" },
    {
      key: "workstations",
      header: t("columns.workstations"),
      align: "end",
      className: "tabular-nums",
      cell: (s) => s._count.workstations,
    },
    {
      key: "accounts",
      header: t("columns.accounts"),
      align: "end",
      className: "tabular-nums",
      cell: (s) => s._count.users,
    },
  ];
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <OrganisationTabs current="station" />
      {manage ? (
        <div className="mb-4">
          <ButtonLink href={`${BASE}/new`} icon={Plus} size="sm">
            {t("stations.new")}
          </ButtonLink>
        </div>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("readOnly")}</p>
      )}
      <UnitFilterForm action={BASE} filters={filters} />
      <Section title={t("stations.count", { count: list.total })} id="stations">
        <DataTable
          caption={t("stations.caption")}
          columns={columns}
          rows={list.rows}
          rowKey={(s) => s.id}
          empty={isUnitFiltered(filters) ? t("noMatch") : t("stations.none")}
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
