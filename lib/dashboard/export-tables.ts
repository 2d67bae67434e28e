import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { dateCell, dateTimeCell, dayCell, decimalCell, monthCell, shareCell, type Cell } from "../spreadsheet/cells.ts";
import type { DashboardScope } from "./filters.ts";
import { countyView } from "./county-view.ts";
import { EXPORT_LIST_SIZE } from "./lists.ts";
import type { BreakdownRow } from "./breakdowns.ts";
import { cityCountyRows } from "./city-figures.ts";
import { clock } from "../time/clock.ts";

export const EXPORT_TABLES = [
  "summary",
  "trend",
  "categories",
  "stations",
  "workstations",
  "officers",
  "overdue",
  "escalated",
  "notVisited",
  "uncovered",
  "advisories",
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The city leader's one table: every county of the city side by side. */
export const CITY_TABLE = "counties";

export type Table = { name: ExportTable | typeof CITY_TABLE; title: string; columns: string[]; rows: Cell[][] };

/** Labels the export needs, already translated for the reader's language. */
export type ExportLabels = {
  title: (table: ExportTable | typeof CITY_TABLE) => string;
  column: (key: string) => string;
  category: (c: string) => string;
  ticketStatus: (s: string) => string;
  light: (l: string) => string;
  name: (zh: string, en: string | null | undefined) => string;
};

/** The export's labels from the reader's translator and their way of choosing a name's language. */
export function exportLabels(t: (key: string) => string, name: ExportLabels["name"]): ExportLabels {
  return {
    title: (table) => t(`dashboard.export.${table}`),
    column: (key) => t(`dashboard.export.columns.${key}`),
    category: (c) => t(`sla.categories.${c}`),
    ticketStatus: (s) => t(`tickets.statuses.${s}`),
    light: (l) => t(`dashboard.lights.${l}`),
    name,
  };
}

const BREAKDOWN_COLUMNS = [
  "name",
  "light",
  "received",
  "resolved",
  "open",
  "overdue",
  "hazardsOverdue",
  "onTimeResolution",
  "averageRating",
];

/** Places (stations, workstations, officers, counties) with their light and the measures behind it. */
function breakdownRows(rows: BreakdownRow[], labels: ExportLabels): Cell[][] {
  return rows.map((r) => [
    labels.name(r.name, r.nameEn),
    labels.light(r.lights.light),
    r.tickets.received,
    r.tickets.resolved,
    r.tickets.open,
    r.tickets.overdue,
    r.hazardsOverdue,
    shareCell(r.tickets.onTimeResolution),
    decimalCell(r.tickets.averageRating),
  ]);
}

/**
 * The city view's table of counties for a period, laid out as the chief's stations are, so the two
 * read alike; city leaders only (cityCountyRows asks).
 */
export async function cityExportTable(
  user: SessionUser,
  scope: Pick<DashboardScope, "period">,
  labels: ExportLabels,
  now: Date = clock.now(),
): Promise<Table> {
  return {
    name: CITY_TABLE,
    title: labels.title(CITY_TABLE),
    columns: BREAKDOWN_COLUMNS.map((k) => labels.column(k === "name" ? "county" : k)),
    rows: breakdownRows(await cityCountyRows(user, scope, now), labels),
  };
}

/**
 * The dashboard's tables as rows for XLSX and CSV, with the page's filters. Rates are shares and
 * times instants, typed so that each format shows them as its readers expect; lists are complete up
 * to EXPORT_LIST_SIZE.
 */
export async function exportTables(
  user: SessionUser,
  scope: DashboardScope,
  labels: ExportLabels,
  now: Date = clock.now(),
): Promise<Table[]> {
  const { figures: f, breakdowns: b, lists: l, advisories: a } = await countyView(user, scope, now, EXPORT_LIST_SIZE);
  const c = labels.column;
  const table = (name: ExportTable, columns: string[], rows: Cell[][]): Table => ({
    name,
    title: labels.title(name),
    columns: columns.map(c),
    rows,
  });
  const { tickets: t, hazards: h, disputes: d, coverage: v, patrols: p, residency: r } = f;
  const breakdown = (rows: BreakdownRow[]) => breakdownRows(rows, labels);
  const ticketRows = (rows: typeof l.overdue.rows) =>
    rows.map((r) => [
      r.number,
      r.title,
      labels.name(r.enterprise.name, r.enterprise.nameEn),
      labels.ticketStatus(r.status),
      r.assignee ? labels.name(r.assignee.name, r.assignee.nameEn) : null,
      dateTimeCell(r.dueAt),
      dateTimeCell(r.escalatedAt),
      r.escalationReason,
    ]);
  const ticketColumns = ["number", "ticket", "enterprise", "status", "assignee", "dueAt", "escalatedAt", "reason"];
  const enterpriseRows = (rows: typeof l.notVisited.rows) =>
    rows.map((r) => [
      labels.name(r.name, r.nameEn),
      labels.name(r.workstation.name, r.workstation.nameEn),
      r.responsibleOfficer ? labels.name(r.responsibleOfficer.name, r.responsibleOfficer.nameEn) : null,
      dateCell(r.lastVisitAt),
    ]);
  const enterpriseColumns = ["enterprise", "workstation", "officer", "lastVisit"];
  return [
    table(
      "summary",
      ["figure", "value"],
      [
        [c("periodFirst"), dayCell(scope.period.firstDay)],
        [c("periodLast"), dayCell(scope.period.lastDay)],
        [c("received"), t.received],
        [c("resolved"), t.resolved],
        [c("open"), t.open],
        [c("overdue"), t.overdue],
        [c("onTimeAcceptance"), shareCell(t.onTimeAcceptance)],
        [c("onTimeResolution"), shareCell(t.onTimeResolution)],
        [c("medianResolveHours"), decimalCell(t.medianResolveHours)],
        [c("averageRating"), decimalCell(t.averageRating)],
        [c("lowRatingShare"), shareCell(t.lowRatingShare)],
        [c("escalations"), t.escalations],
        [c("hazardsListed"), h.listed],
        [c("hazardsClosed"), h.closed],
        [c("hazardsOverdue"), h.overdue],
        [c("disputesRecorded"), d.recorded],
        [c("disputesResolved"), d.resolved],
        [c("disputeRate"), shareCell(d.resolutionRate)],
        [c("disputesAtRisk"), d.openAtRisk],
        [c("enterprises"), v.enterprises],
        [c("visitedInCadence"), v.visitedInCadence],
        [c("covered"), v.covered],
        // Left out, not zero, where the filters narrow below a station (see countsByStation).
        ...(p
          ? [
              [c("patrolShifts"), p.shiftsRun],
              [c("guardPersonTimes"), p.guardPersonTimes],
              [c("personsChecked"), p.personsChecked],
              [c("vehiclesChecked"), p.vehiclesChecked],
              [c("videoPatrols"), p.videoPatrols],
              [c("patrolHazards"), p.hazardsFound],
            ]
          : []),
        // Counted per station: left out where the filters narrow below one (see advisoryFigures).
        ...(a ? [[c("advisoriesSent"), a.sent]] : []),
        ...(r
          ? [
              [c("residencyCompleted"), r.completed],
              [c("residencyGreen"), r.completedGreen],
              [c("greenShare"), r.completed ? shareCell(r.greenShare) : null],
              [c("residencyWaiting"), r.waitingReviews],
            ]
          : []),
      ],
    ),
    table(
      "trend",
      [b.trend.unit, "received", "resolved"],
      b.trend.points.map((p) => [(b.trend.unit === "month" ? monthCell : dayCell)(p.start), p.received, p.resolved]),
    ),
    table(
      "categories",
      ["category", "received", "resolved"],
      b.categories.map((r) => [labels.category(r.category), r.received, r.resolved]),
    ),
    table("stations", BREAKDOWN_COLUMNS, breakdown(b.stations)),
    table("workstations", BREAKDOWN_COLUMNS, breakdown(b.workstations)),
    table("officers", BREAKDOWN_COLUMNS, breakdown(b.officers)),
    table("overdue", ticketColumns, ticketRows(l.overdue.rows)),
    table("escalated", ticketColumns, ticketRows(l.escalated.rows)),
    table("notVisited", enterpriseColumns, enterpriseRows(l.notVisited.rows)),
    table("uncovered", enterpriseColumns, enterpriseRows(l.uncovered.rows)),
    table(
      "advisories",
      ["station", "advisories", "reached", "read", "acknowledged", "acknowledgeRate"],
      (a?.stations ?? []).map((s) => [
        labels.name(s.name, s.nameEn),
        s.advisories,
        s.reached,
        s.read,
        s.acknowledged,
        shareCell(s.acknowledgeRate),
      ]),
    ),
  ];
}
