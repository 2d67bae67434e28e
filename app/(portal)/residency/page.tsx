import { CalendarClock, FileUp, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { ResidencyKind, ResidencyStatus } from "@/lib/domain/enums";
import { filterHref, filterQuery, parseUrlFilters, type SearchParams } from "@/lib/forms/url-filters";
import { residencyFilters, type ResidencyStatusFilter } from "@/lib/residency/filters";
import { canFileResidency, canManageSlots, canSeeResidency, canSeeResidencyQueue } from "@/lib/residency/policy";
import { RESIDENCY_PAGE_SIZE, listRequests } from "@/lib/residency/queries";
import { ButtonLink } from "@/components/ui/button";
import { FilterCheckbox, FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageTitle, Section } from "@/components/ui/section";
import { parsePage } from "@/components/ui/pagination";
import { RequestTable } from "@/components/residency/request-table";
import { DrillDownNote } from "@/components/dashboard/drill-down-note";

export async function generateMetadata() {
  return { title: (await getTranslations("residency"))("title") };
}

type Props = { searchParams: Promise<SearchParams> };

const STATUSES = Object.values(ResidencyStatus);
const KINDS = Object.values(ResidencyKind);

export default async function ResidencyPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeResidency);
  const query = await searchParams;
  const police = canSeeResidencyQueue(user);
  const filters = parseUrlFilters(residencyFilters, query);
  // The police open on their queue; "all" (or a status the list does not know) shows every status.
  const asked: ResidencyStatusFilter = filters.status ?? (police ? "waiting" : "all");
  const page = parsePage(query.page);
  const [t, { rows, total }] = await Promise.all([
    getTranslations("residency"),
    listRequests(user, {
      status: asked === "all" ? undefined : asked,
      kind: filters.kind,
      green: filters.green,
      station: filters.station,
      completedFrom: filters.from,
      completedTo: filters.to,
      page,
    }),
  ]);
  const statuses = STATUSES.filter((s) => (police ? s !== "DRAFT" : true));
  return (
    <>
      <PageTitle subtitle={t(police ? "queueSubtitle" : "subtitle")}>{t(police ? "queueTitle" : "title")}</PageTitle>
      <DrillDownNote
        user={user}
        drill={filters}
        dated="completed"
        clearHref={filterHref("/residency", { status: filters.status, kind: filters.kind, green: filters.green })}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <FilterForm
          action="/residency"
          applyLabel={t("apply")}
          // A dashboard figure's station and period have no control here: they ride along until cleared.
          hidden={{ station: filters.station, from: filters.from, to: filters.to }}
        >
          {/* "All" is sent as status=all: no status at all means the police's queue. */}
          <FilterSelect
            name="status"
            allLabel={null}
            label={t("filterStatus")}
            defaultValue={asked}
            options={[
              { value: "all", label: t("allStatuses") },
              ...(police ? [{ value: "waiting", label: t("waiting") }] : []),
              ...statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
            ]}
          />
          <FilterSelect
            name="kind"
            label={t("filterKind")}
            allLabel={t("allKinds")}
            options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            defaultValue={filters.kind}
          />
          <FilterCheckbox name="green" label={t("greenOnly")} defaultChecked={filters.green} />
        </FilterForm>
        {canFileResidency(user) ? (
          <div className="flex gap-2">
            <ButtonLink href="/residency/batch" variant="secondary" size="sm" icon={FileUp}>
              {t("batch.title")}
            </ButtonLink>
            <ButtonLink href="/residency/new" size="sm" icon={Plus}>
              {t("new")}
            </ButtonLink>
          </div>
        ) : null}
        {canManageSlots(user) ? (
          <ButtonLink href="/residency/slots" variant="secondary" size="sm" icon={CalendarClock}>
            {t("slots.link")}
          </ButtonLink>
        ) : null}
      </div>
      <Section title={t("listTitle", { total })} id="requests">
        <RequestTable
          rows={rows}
          showEnterprise={police}
          empty={t("none")}
          pagination={{
            page,
            pageSize: RESIDENCY_PAGE_SIZE,
            total,
            basePath: "/residency",
            query: filterQuery(filters),
          }}
        />
      </Section>
    </>
  );
}
