import { getLocale, getTranslations } from "next-intl/server";
import type { CountyView } from "@/lib/dashboard/county-view";
import type { DashboardScope } from "@/lib/dashboard/filters";
import { figureLinks } from "@/lib/dashboard/drill-down";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { AdvisoryTable } from "./advisory-table";
import { Bulletin } from "./bulletin";
import { ChartFigure } from "./chart-figure";
import { BarsChart, TrendChart } from "./deferred-charts";
import { FigureCards } from "./figure-cards";

const BLUE = "#1d4ed8";
const GREEN = "#15803d";
const AMBER = "#b45309";
const SLATE = "#475569";

type Place = { name: string; nameEn: string };

/**
 * The dashboard's overview: the headline figures (each a link to its list unless printed), the
 * bulletin, the four charts with their data tables, and the advisories' acknowledgements.
 */
export async function DashboardOverview({
  view,
  scope,
  place,
  query,
  print,
}: {
  view: CountyView;
  scope: DashboardScope;
  /** The station, workstation or officer the figures are narrowed to, named in the bulletin. */
  place?: Place;
  /** The dashboard's filters as a query string, for the figures' links. */
  query: string;
  print: boolean;
}) {
  const [t, tc, th, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("sla.categories"),
    getTranslations("hazards.statuses"),
    getLocale(),
  ]);
  const { figures, breakdowns, advisories } = view;
  const filters = { station: scope.stationId, workstation: scope.workstationId, officer: scope.officerId };
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

  return (
    <>
      <FigureCards figures={figures} links={print ? undefined : figureLinks(filters, scope.period, query)} />

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
  );
}
