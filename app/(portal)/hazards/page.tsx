import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { HazardStatus } from "@/lib/domain/enums";
import { filterHref, filterQuery, parseUrlFilters, type SearchParams } from "@/lib/forms/url-filters";
import { hazardFilters } from "@/lib/hazards/filters";
import { canListHazards, canSeeHazards } from "@/lib/hazards/policy";
import { HAZARD_PAGE_SIZE, listHazards } from "@/lib/hazards/queries";
import { clock } from "@/lib/time/clock";
import { ButtonLink } from "@/components/ui/button";
import { FilterCheckbox, FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { DrillDownNote } from "@/components/dashboard/drill-down-note";
import { PageTitle, Section } from "@/components/ui/section";
import { parsePage } from "@/components/ui/pagination";
import { HazardTable } from "@/components/hazards/hazard-table";

export async function generateMetadata() {
  return { title: (await getTranslations("hazards"))("title") };
}

type Props = { searchParams: Promise<SearchParams> };

const STATUSES = Object.values(HazardStatus);

export default async function HazardsPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeHazards);
  const query = await searchParams;
  // An unknown status in the URL shows everything rather than an error page; an enterprise out of
  // scope simply matches nothing, since the scope applies before this filter.
  const filters = parseUrlFilters(hazardFilters, query);
  const page = parsePage(query.page);
  const now = clock.now();
  const [t, { rows, total }] = await Promise.all([
    getTranslations("hazards"),
    listHazards(user, {
      status: filters.status,
      enterpriseId: filters.enterprise,
      overdueOnly: filters.overdue,
      drill: filters,
      page,
      now,
    }),
  ]);
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <DrillDownNote
        user={user}
        drill={filters}
        dated={filters.on ?? "created"}
        clearHref={filterHref("/hazards", {
          status: filters.status,
          enterprise: filters.enterprise,
          overdue: filters.overdue,
        })}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <FilterForm
          action="/hazards"
          hidden={{
            enterprise: filters.enterprise,
            // A dashboard figure's place and period have no control here: they ride along until cleared.
            station: filters.station,
            workstation: filters.workstation,
            officer: filters.officer,
            from: filters.from,
            to: filters.to,
            on: filters.on,
          }}
          applyLabel={t("apply")}
        >
          <FilterSelect
            name="status"
            label={t("filter")}
            allLabel={t("allStatuses")}
            options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            defaultValue={filters.status}
          />
          <FilterCheckbox name="overdue" label={t("overdueOnly")} defaultChecked={filters.overdue} />
        </FilterForm>
        {canListHazards(user) ? (
          <ButtonLink href="/hazards/new" icon={Plus} size="sm">
            {t("new")}
          </ButtonLink>
        ) : null}
      </div>
      <Section title={t("title")} id="hazards">
        <HazardTable
          rows={rows}
          now={now}
          empty={t("none")}
          pagination={{ page, pageSize: HAZARD_PAGE_SIZE, total, basePath: "/hazards", query: filterQuery(filters) }}
        />
      </Section>
    </>
  );
}
