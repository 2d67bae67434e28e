import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { DisputeKind, DisputeStatus } from "@/lib/domain/enums";
import { disputeFilters } from "@/lib/disputes/filters";
import { canSeeDisputes } from "@/lib/disputes/policy";
import { DISPUTE_PAGE_SIZE, disputeFiguresForChief, listDisputes, openRiskDisputes } from "@/lib/disputes/queries";
import { filterQuery, hasActiveFilters, parseUrlFilters, type SearchParams } from "@/lib/forms/url-filters";
import { chinaDate } from "@/lib/time/china";
import { DisputeTable } from "@/components/disputes/dispute-table";
import { ButtonLink } from "@/components/ui/button";
import { FilterCheckbox, FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageTitle, Section } from "@/components/ui/section";
import { parsePage } from "@/components/ui/pagination";
import { Stat } from "@/components/ui/stat";

export async function generateMetadata() {
  return { title: (await getTranslations("disputes"))("title") };
}

type Props = { searchParams: Promise<SearchParams> };

const STATUSES = Object.values(DisputeStatus);
const KINDS = Object.values(DisputeKind);

/** The chief's bureau-wide figures and the open risk-flagged disputes to watch. */
async function ChiefFigures({ user }: { user: SessionUser }) {
  const now = new Date();
  const [t, figures, atRisk] = await Promise.all([
    getTranslations("disputes"),
    disputeFiguresForChief(user, now),
    openRiskDisputes(user),
  ]);
  if (!figures) return null;
  const year = chinaDate(now).slice(0, 4);
  const closed = figures.resolved + figures.unresolved;
  return (
    <div className="mb-6 space-y-4">
      <dl aria-label={t("figures.title")} className="grid gap-3 sm:grid-cols-3">
        <Stat label={t("figures.open")} value={figures.open} testId="disputes-open" />
        <Stat
          label={t("figures.openAtRisk")}
          value={figures.openAtRisk}
          tone={figures.openAtRisk > 0 ? "warn" : "default"}
          testId="disputes-at-risk"
        />
        <Stat
          label={t("figures.resolutionRate", { year })}
          value={figures.resolutionRate === null ? "—" : `${Math.round(figures.resolutionRate * 100)}%`}
          hint={closed === 0 ? t("figures.rateNone") : t("figures.rateHint", { closed, resolved: figures.resolved })}
          testId="disputes-rate"
        />
      </dl>
      <Section title={t("figures.atRiskTitle")} id="at-risk">
        <DisputeTable rows={atRisk} caption={t("figures.atRiskTitle")} empty={t("figures.atRiskNone")} />
      </Section>
    </div>
  );
}

export default async function DisputesPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeDisputes);
  const query = await searchParams;
  // Unknown values in the URL show everything rather than an error page.
  const filters = parseUrlFilters(disputeFilters, query);
  const page = parsePage(query.page);
  const [t, { rows, total }] = await Promise.all([
    getTranslations("disputes"),
    listDisputes(user, { ...filters, page }),
  ]);
  const filtered = hasActiveFilters(filters);
  const { enterpriseId } = filters;
  const newHref = enterpriseId ? `/disputes/new?enterpriseId=${encodeURIComponent(enterpriseId)}` : "/disputes/new";
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <ChiefFigures user={user} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <FilterForm
          action="/disputes"
          hidden={{ enterpriseId }}
          showClear={filtered}
          applyLabel={t("apply")}
          clearLabel={t("clear")}
        >
          <FilterSelect
            name="status"
            label={t("filterStatus")}
            allLabel={t("allStatuses")}
            options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            defaultValue={filters.status}
          />
          <FilterSelect
            name="kind"
            label={t("filterKind")}
            allLabel={t("allKinds")}
            options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            defaultValue={filters.kind}
          />
          <FilterCheckbox name="risk" label={t("riskOnly")} defaultChecked={filters.risk} />
        </FilterForm>
        <ButtonLink href={newHref} icon={Plus} size="sm">
          {t("new")}
        </ButtonLink>
      </div>
      {enterpriseId ? <p className="mb-2 text-sm text-slate-600">{t("enterpriseFilter")}</p> : null}
      <Section title={t("title")} id="disputes">
        <DisputeTable
          rows={rows}
          caption={t("caption")}
          empty={filtered ? t("noneFiltered") : t("none")}
          pagination={{
            page,
            pageSize: DISPUTE_PAGE_SIZE,
            total,
            basePath: "/disputes",
            query: filterQuery(filters),
          }}
        />
      </Section>
    </>
  );
}
