import { z } from "zod";
import { parseUrlFilters, type SearchParams } from "../forms/url-filters.ts";
import {
  currentPeriod,
  customPeriod,
  customRangeProblem,
  PERIOD_KINDS,
  type Period,
  type RangeProblem,
} from "./period.ts";

/**
 * The parts of the chief's dashboard, one at a time: the headline figures and charts first, the
 * traffic-light tables and the lists behind them one tab away (on a phone the whole dashboard was a
 * very long page, and most views only need the figures). The printed report shows them all.
 */
export const DASHBOARD_VIEWS = ["overview", "lights", "lists"] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

const id = z.string().trim().min(1).max(64).optional().catch(undefined);
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The dashboard's filters as they appear in the URL, so a reload, a bookmark or an export shows the same figures. */
export const dashboardFiltersSchema = z.object({
  period: z.enum(PERIOD_KINDS).catch("month"),
  from: day,
  to: day,
  station: id,
  workstation: id,
  /** Enterprises this officer is responsible for: the traffic-light table links each officer's row here. */
  officer: id,
  /** "all" lists every officer in the traffic lights; otherwise only the ROWS_SHOWN worst. */
  officers: z.enum(["all"]).optional().catch(undefined),
  /** "all" lists every workstation in the traffic lights; otherwise only the ROWS_SHOWN worst. */
  workstations: z.enum(["all"]).optional().catch(undefined),
  /** Which part of the dashboard is shown; absent means the overview. */
  view: z.enum(DASHBOARD_VIEWS).optional().catch(undefined),
});

export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;
/** What the figure queries take: a resolved period and the scope narrowing ids. */
export type DashboardScope = { period: Period; stationId?: string; workstationId?: string; officerId?: string };

/** Reads the filters from the URL's parameters; a value that does not fit is dropped (the period falls back to the month). */
export function parseDashboardFilters(params: SearchParams): DashboardFilters {
  const filters = parseUrlFilters(dashboardFiltersSchema, params);
  return { ...filters, period: filters.period ?? "month" };
}

/** The period the filters name; an unusable custom range falls back to the current month. */
export function resolvePeriod(filters: DashboardFilters, now: Date): Period {
  if (filters.period !== "custom") return currentPeriod(filters.period, now);
  return (filters.from && filters.to ? customPeriod(filters.from, filters.to) : null) ?? currentPeriod("month", now);
}

/**
 * Why the custom range in the filters was not used (the month is shown instead), so the page can
 * say so rather than silently showing other figures than were asked for; null when nothing is wrong.
 */
export function rangeProblemOf(filters: Pick<DashboardFilters, "period" | "from" | "to">): RangeProblem | null {
  return filters.period === "custom" ? customRangeProblem(filters.from, filters.to) : null;
}

export function dashboardScope(filters: DashboardFilters, now: Date): DashboardScope {
  return {
    period: resolvePeriod(filters, now),
    stationId: filters.station,
    workstationId: filters.workstation,
    officerId: filters.officer,
  };
}

/**
 * The filters as a query string, leaving out defaults and the custom dates of other periods. The
 * view goes with them when set; exports and drill-downs pass `view: undefined`, as their figures do
 * not depend on it.
 */
export function dashboardQuery(filters: Partial<DashboardFilters>): string {
  const params = new URLSearchParams();
  if (filters.period && filters.period !== "month") params.set("period", filters.period);
  if (filters.period === "custom") {
    if (filters.from) params.set("from", filters.from);
    if (filters.to) params.set("to", filters.to);
  }
  if (filters.station) params.set("station", filters.station);
  if (filters.workstation) params.set("workstation", filters.workstation);
  if (filters.officer) params.set("officer", filters.officer);
  if (filters.officers) params.set("officers", filters.officers);
  if (filters.workstations) params.set("workstations", filters.workstations);
  if (filters.view && filters.view !== "overview") params.set("view", filters.view);
  const query = params.toString();
  return query ? `?${query}` : "";
}
