import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SearchParams } from "@/lib/forms/url-filters";
import { isUnitFiltered, parseUnitFilters, unitFilterParams } from "@/lib/organisation/filters";
import { canManageOrganisation, canSeeOrganisation } from "@/lib/organisation/policy";
import { listWorkstations, stationOptions } from "@/lib/organisation/queries";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";
import { PageTitle, Section } from "@/components/ui/section";
import { OrganisationTabs } from "../organisation-tabs";
import { UnitInactiveBadge } from "../unit-badge";
import { UnitFilterForm } from "../unit-filters";
import { UnitName } from "../unit-name";

export async function generateMetadata() {
  const t = await getTranslations("organisation");
  return { title: `${t("tabs.workstations")} · ${t("title")}` };
}

type Props = { searchParams: Promise<SearchParams> };
type Row = Awaited<ReturnType<typeof listWorkstations>>["rows"][number];

const BASE = "/admin/organisation/workstations";

export default async function WorkstationsPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeOrganisation);
  const filters = parseUnitFilters(await searchParams);
  const [t, locale, list, stations] = await Promise.all([
    getTranslations("organisation"),
    getLocale(),
    listWorkstations(user, filters),
    // Deactivated stations too: their workstations are on file and may be looked up.
    stationOptions(user),
  ]);
  const manage = canManageOrganisation(user);
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("fields.name"),
      rowHeader: true,
      cell: (w) => <UnitName unit={w} href={manage ? `${BASE}/${w.id}` : null} locale={locale} />,
    },
    { key: "park", header: t("fields.park"), cell: (w) => localized(locale, w.park, w.parkEn) },
    {
      key: "station",
      header: t("fields.station"),
      cell: (w) => (
        <>
          {localized(locale, w.station.name, w.station.nameEn)}
          {w.station.active ? null : <UnitInactiveBadge />}
        </>
      ),
    },
    { key: "cluster", header: t("fields.cluster"), cell: (w) => t(`clusters.${w.cluster}`) },
    {
      key: "enterprises",
      header: t("columns.enterprises"),
      align: "end",
      className: "tabular-nums",
      cell: (w) => w._count.enterprises,
    },
  ];
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <OrganisationTabs current="workstation" />
      {manage ? (
        <div className="mb-4">
          <ButtonLink href={`${BASE}/new`} icon={Plus} size="sm">
            {t("workstations.new")}
          </ButtonLink>
        </div>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("readOnly")}</p>
      )}
      <UnitFilterForm action={BASE} filters={filters} stations={stations} />
      <Section title={t("workstations.count", { count: list.total })} id="workstations">
        <DataTable
          caption={t("workstations.caption")}
          columns={columns}
          rows={list.rows}
          rowKey={(w) => w.id}
          empty={isUnitFiltered(filters) ? t("noMatch") : t("workstations.none")}
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
