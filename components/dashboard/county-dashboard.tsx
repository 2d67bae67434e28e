import { Download, Printer } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { cachedCountyView } from "@/lib/dashboard/county-view";
import {
  DASHBOARD_VIEWS,
  dashboardQuery,
  dashboardScope,
  rangeProblemOf,
  type DashboardFilters,
  type DashboardView,
} from "@/lib/dashboard/filters";
import { filterOptions } from "@/lib/dashboard/options";
import { rowsShown } from "@/lib/dashboard/traffic-light";
import { clock } from "@/lib/time/clock";
import { buttonClasses } from "@/components/ui/button";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { AsOf } from "./as-of";
import { DashboardLights } from "./dashboard-lights";
import { DashboardLists } from "./dashboard-lists";
import { DashboardOverview } from "./dashboard-overview";
import { FilterForm } from "./filter-form";
import { periodLabel } from "./format";
import { RangeProblemNotice } from "./range-problem";

/**
 * The chief's county dashboard, one part (filters.view) at a time; `print` shows every part and drops
 * the form and links, for the printable report.
 */
export async function CountyDashboard({
  user,
  filters,
  variant = "screen",
}: {
  user: SessionUser;
  filters: DashboardFilters;
  variant?: "screen" | "print";
}) {
  const now = clock.now();
  const scope = dashboardScope(filters, now);
  const [t, locale, view, options] = await Promise.all([
    getTranslations("dashboard"),
    getLocale(),
    cachedCountyView(user, scope, now),
    filterOptions(user, filters.officer),
  ]);
  const { breakdowns } = view.value;
  const period = periodLabel((key, values) => t(`periodLabel.${key}`, values), locale, scope.period);
  const place =
    options.officer ??
    options.workstations.find((w) => w.id === filters.workstation) ??
    options.stations.find((s) => s.id === filters.station);
  const officerName = options.officer ? localized(locale, options.officer.name, options.officer.nameEn) : undefined;
  // Exports and figure links do not depend on the part shown.
  const query = dashboardQuery({ ...filters, view: undefined });
  const shown = (part: DashboardView) => variant === "print" || (filters.view ?? "overview") === part;
  const workstationsOfStation = filters.station
    ? options.workstations.filter((w) => w.stationId === filters.station)
    : options.workstations;

  // A row's details: the lists, narrowed to that row's place.
  const link = (extra: Partial<DashboardFilters>) => `/chief${dashboardQuery({ ...filters, ...extra, view: "lists" })}`;
  const printed = variant === "print";
  const officers = rowsShown(breakdowns.officers, printed || filters.officers === "all");
  const workstations = rowsShown(breakdowns.workstations, printed || filters.workstations === "all");

  return (
    <div className="space-y-6">
      {variant === "screen" ? (
        <FilterForm
          filters={filters}
          stations={options.stations}
          workstations={workstationsOfStation}
          officerName={officerName}
        />
      ) : null}
      {variant === "screen" ? <RangeProblemNotice problem={rangeProblemOf(filters)} /> : null}
      <p className="text-sm text-slate-700" data-testid="period-shown">
        {t("periodShown", { period })} <AsOf at={view.asOf} />
      </p>

      {variant === "screen" ? (
        <LinkTabs
          label={t("views.label")}
          testId="dashboard-views"
          tabs={DASHBOARD_VIEWS.map((part) => ({
            href: `/chief${dashboardQuery({ ...filters, view: part })}`,
            label: t(`views.${part}`),
            current: (filters.view ?? "overview") === part,
          }))}
        />
      ) : null}

      {shown("overview") ? (
        <DashboardOverview view={view.value} scope={scope} place={place} query={query} print={variant === "print"} />
      ) : null}
      {shown("lights") ? (
        <DashboardLights
          breakdowns={breakdowns}
          officers={officers}
          allOfficersHref={`/chief${dashboardQuery({ ...filters, officers: "all" })}#lights`}
          workstations={workstations}
          allWorkstationsHref={`/chief${dashboardQuery({ ...filters, workstations: "all" })}#workstations`}
          detailsOf={link}
        />
      ) : null}
      {shown("lists") ? <DashboardLists lists={view.value.lists} /> : null}

      {variant === "screen" ? <ExportLinks query={query} /> : null}
    </div>
  );
}

async function ExportLinks({ query }: { query: string }) {
  const t = await getTranslations("dashboard.export");
  const tables = [
    "summary",
    "stations",
    "workstations",
    "officers",
    "categories",
    "trend",
    "overdue",
    "escalated",
    "notVisited",
    "uncovered",
    "advisories",
  ] as const;
  const sep = query ? "&" : "?";
  return (
    <Section title={t("title")} id="export">
      <p className="mb-3 text-xs text-slate-600">{t("hint")}</p>
      <div className="mb-3 flex flex-wrap gap-3">
        {/* Plain links, not next/link: one is a file download, the other a page to print, neither to prefetch. */}
        <a href={`/chief/export/all${query}`} className={buttonClasses({ size: "sm" })} data-testid="export-all">
          <Download aria-hidden="true" className="size-4 shrink-0" />
          <span>{t("xlsx")}</span>
        </a>
        <a href={`/chief/report${query}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          <Printer aria-hidden="true" className="size-4 shrink-0" />
          <span>{t("report")}</span>
        </a>
      </div>
      <ul className="grid gap-1 text-sm sm:grid-cols-2">
        {tables.map((name) => (
          <li key={name}>
            {t(name)}:{" "}
            <a className="text-brand-600 underline" href={`/chief/export/${name}${query}`}>
              XLSX<span className="sr-only">{t("table", { table: t(name) })}</span>
            </a>
            {" · "}
            <a className="text-brand-600 underline" href={`/chief/export/${name}${query}${sep}format=csv`}>
              CSV<span className="sr-only">{t("table", { table: t(name) })}</span>
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}
