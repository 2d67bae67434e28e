import { Link } from "@/components/ui/link";
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
import { figureLinks } from "@/lib/dashboard/drill-down";
import { filterOptions } from "@/lib/dashboard/options";
import {
  officersShown,
  ON_TIME_GREEN,
  ON_TIME_RED,
  OVERDUE_AMBER_MAX,
  SATISFACTION_GREEN,
  SATISFACTION_RED,
} from "@/lib/dashboard/traffic-light";
import { clock } from "@/lib/time/clock";
import { buttonClasses } from "@/components/ui/button";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { Bulletin } from "./bulletin";
import { ChartFigure } from "./chart-figure";
import { BarsChart, TrendChart } from "./deferred-charts";
import { FigureCards } from "./figure-cards";
import { FilterForm } from "./filter-form";
import { formats, periodLabel } from "./format";
import { LightTable } from "./light-table";
import { RangeProblemNotice } from "./range-problem";
import { EnterpriseList, TicketList } from "./list-tables";
import { AdvisoryTable } from "./advisory-table";
import { AsOf } from "./as-of";

const BLUE = "#1d4ed8";
const GREEN = "#15803d";
const AMBER = "#b45309";
const SLATE = "#475569";

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
  const [t, tc, th, locale, view, options] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("sla.categories"),
    getTranslations("hazards.statuses"),
    getLocale(),
    cachedCountyView(user, scope, now),
    filterOptions(user, filters.officer),
  ]);
  const { figures, breakdowns, lists, advisories } = view.value;
  const f = formats(locale);
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

  const monthly = breakdowns.trend.unit === "month";
  // A week by its Monday's month and day; a month by year and month.
  const trendRows = breakdowns.trend.points.map((p) => ({
    label: monthly ? p.start.slice(0, 7) : p.start.slice(5),
    received: p.received,
    resolved: p.resolved,
  }));
  const ticketSeries = [
    { key: "received", label: t("figures.received"), color: BLUE },
    { key: "resolved", label: t("figures.resolved"), color: GREEN },
  ];
  const categoryRows = breakdowns.categories.map((c) => ({
    label: tc(c.category),
    received: c.received,
    resolved: c.resolved,
  }));
  const stationRows = breakdowns.stations.map((s) => ({
    label: localized(locale, s.name, s.nameEn),
    received: s.tickets.received,
    resolved: s.tickets.resolved,
    overdue: s.tickets.overdue,
  }));
  const stationSeries = [...ticketSeries, { key: "overdue", label: t("figures.overdue"), color: AMBER }];
  const hs = breakdowns.hazardStatus;
  const hazardRows = [
    { label: th("LISTED"), count: hs.LISTED },
    { label: th("RECTIFYING"), count: hs.RECTIFYING },
    { label: th("PENDING_VERIFICATION"), count: hs.PENDING_VERIFICATION },
    { label: t("charts.closedInPeriod"), count: hs.CLOSED },
  ];
  const countSeries = [{ key: "count", label: t("charts.count"), color: SLATE }];
  // A row's details: the lists, narrowed to that row's place.
  const link = (extra: Partial<DashboardFilters>) => `/chief${dashboardQuery({ ...filters, ...extra, view: "lists" })}`;
  const officers = officersShown(breakdowns.officers, variant === "print" || filters.officers === "all");

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
        <>
          <FigureCards
            figures={figures}
            links={
              variant === "screen"
                ? figureLinks(
                    { station: filters.station, workstation: filters.workstation, officer: filters.officer },
                    scope.period,
                    query,
                  )
                : undefined
            }
          />

          <Section title={t("bulletin.title")} id="bulletin">
            <p className="mb-2 text-xs text-slate-600 no-print">{t("bulletin.hint")}</p>
            <Bulletin
              figures={figures}
              period={scope.period}
              scopeName={place ? { zh: place.name, en: place.nameEn || place.name } : undefined}
            />
          </Section>

          <div className="grid gap-4 lg:grid-cols-2">
            <ChartFigure
              id="chart-trend"
              title={t(monthly ? "charts.trendTitleMonth" : "charts.trendTitle")}
              caption={t(monthly ? "charts.trendCaptionMonth" : "charts.trendCaption")}
              labelHeader={t(monthly ? "charts.month" : "charts.week")}
              rows={trendRows}
              series={ticketSeries}
              tableLabel={t("charts.dataTable")}
            >
              <TrendChart data={trendRows} series={ticketSeries} />
            </ChartFigure>
            <ChartFigure
              id="chart-category"
              title={t("charts.categoryTitle")}
              caption={t("charts.categoryCaption")}
              labelHeader={t("charts.category")}
              rows={categoryRows}
              series={ticketSeries}
              tableLabel={t("charts.dataTable")}
            >
              <BarsChart data={categoryRows} series={ticketSeries} horizontal />
            </ChartFigure>
            <ChartFigure
              id="chart-station"
              title={t("charts.stationTitle")}
              caption={t("charts.stationCaption")}
              labelHeader={t("charts.station")}
              rows={stationRows}
              series={stationSeries}
              tableLabel={t("charts.dataTable")}
            >
              <BarsChart data={stationRows} series={stationSeries} />
            </ChartFigure>
            <ChartFigure
              id="chart-hazard"
              title={t("charts.hazardTitle")}
              caption={t("charts.hazardCaption")}
              labelHeader={t("charts.status")}
              rows={hazardRows}
              series={countSeries}
              tableLabel={t("charts.dataTable")}
            >
              <BarsChart data={hazardRows} series={countSeries} />
            </ChartFigure>
          </div>

          <Section title={t("advisories.title")} id="advisories">
            <AdvisoryTable figures={advisories} />
          </Section>
        </>
      ) : null}

      {shown("lights") ? (
        <>
          <Section title={t("lights.title")} id="lights">
            <p className="mb-3 text-xs text-slate-600">
              {t("lights.legend", {
                onTimeGreen: f.pct(ON_TIME_GREEN)!,
                onTimeRed: f.pct(ON_TIME_RED)!,
                overdueMax: OVERDUE_AMBER_MAX,
                ratingGreen: f.dec(SATISFACTION_GREEN)!,
                ratingRed: f.dec(SATISFACTION_RED)!,
              })}
            </p>
            <div className="space-y-6">
              <LightTable
                rows={breakdowns.stations}
                caption={t("lights.stationsCaption")}
                nameHeader={t("lights.stations")}
                hrefOf={(r) => link({ station: r.id, workstation: undefined, officer: undefined })}
                testId="station-lights"
              />
              <div>
                <LightTable
                  rows={officers}
                  caption={t("lights.officersCaption")}
                  nameHeader={t("lights.officers")}
                  hrefOf={(r) => link({ officer: r.id })}
                  testId="officer-lights"
                />
                {officers.length < breakdowns.officers.length ? (
                  <p className="mt-2 text-sm">
                    <Link
                      className="text-brand-600 underline"
                      href={`/chief${dashboardQuery({ ...filters, officers: "all" })}#lights`}
                      data-testid="all-officers"
                    >
                      {t("lights.allOfficers", { shown: officers.length, count: breakdowns.officers.length })}
                    </Link>
                  </p>
                ) : null}
              </div>
            </div>
          </Section>

          <Section title={t("workstations.title")} id="workstations">
            <LightTable
              rows={breakdowns.workstations}
              caption={t("workstations.caption")}
              nameHeader={t("filters.workstation")}
              hrefOf={(r) => link({ workstation: r.id, officer: undefined })}
              testId="workstation-lights"
            />
          </Section>
        </>
      ) : null}

      {shown("lists") ? (
        <div id="lists" className="grid gap-4 lg:grid-cols-2">
          <Section title={t("lists.overdueTitle")} id="list-overdue">
            <TicketList list={lists.overdue} caption={t("lists.overdueTitle")} when="dueAt" />
          </Section>
          <Section title={t("lists.escalatedTitle")} id="list-escalated">
            <TicketList list={lists.escalated} caption={t("lists.escalatedTitle")} when="escalatedAt" />
          </Section>
          <Section title={t("lists.notVisitedTitle")} id="list-not-visited">
            <EnterpriseList list={lists.notVisited} caption={t("lists.notVisitedTitle")} showLastVisit />
          </Section>
          <Section title={t("lists.uncoveredTitle")} id="list-uncovered">
            <EnterpriseList list={lists.uncovered} caption={t("lists.uncoveredTitle")} showLastVisit={false} />
          </Section>
        </div>
      ) : null}

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
