/**
 * The way from a dashboard figure to the records behind it. A card links to a list (tickets,
 * hazards, residency requests) with the dashboard's place and period in the list's own URL filters,
 * so the list shows what the figure counted and stays a plain list the user can narrow further.
 * Lists take these fields beside their own (see drillDownFields) and turn them into indexed
 * conditions: the place columns a record was filed at, and a date range on an indexed date column.
 */
import { z } from "zod";
import { chinaMidnight, parseChinaDate } from "../time/china.ts";
import type { Period } from "./period.ts";

const id = z.string().trim().min(1).max(64);
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => parseChinaDate(v) !== null);

/** URL fields a list adds to its filters to take a dashboard figure's place and period (China days, both included). */
export const drillDownFields = { station: id, workstation: id, officer: id, from: day, to: day };

export type DrillDown = { station?: string; workstation?: string; officer?: string; from?: string; to?: string };

/**
 * The instants [gte, lt) of the China days from..to, both included; either end may be open. Null when
 * neither is set. A range that runs backwards is kept as it is and simply matches nothing.
 */
export function dayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } | null {
  const first = from ? parseChinaDate(from) : null;
  const last = to ? parseChinaDate(to) : null;
  if (first === null && last === null) return null;
  return {
    ...(first === null ? {} : { gte: chinaMidnight(first) }),
    ...(last === null ? {} : { lt: chinaMidnight(last + 1) }),
  };
}

/** The place fields of a drill-down as a filter on the columns a ticket or hazard was filed at. */
export function filedPlaceWhere(d: DrillDown): {
  stationId?: string;
  workstationId?: string;
  responsibleOfficerId?: string;
} {
  return {
    ...(d.station ? { stationId: d.station } : {}),
    ...(d.workstation ? { workstationId: d.workstation } : {}),
    ...(d.officer ? { responsibleOfficerId: d.officer } : {}),
  };
}

/** Whether any drill-down field is set: the list then says it is narrowed and offers the way back. */
export function hasDrillDown(d: DrillDown): boolean {
  return Boolean(d.station || d.workstation || d.officer || d.from || d.to);
}

/** The figures of the county dashboard that open a list; every other figure is a plain card. */
export const LINKED_FIGURES = [
  "received",
  "resolved",
  "open",
  "overdue",
  "escalations",
  "hazardsListed",
  "hazardsClosed",
  "hazardsOverdue",
  "visitCoverage",
  "officerCoverage",
  "residencyCompleted",
  "residencyGreen",
  "residencyWaiting",
] as const;
export type LinkedFigure = (typeof LINKED_FIGURES)[number];

type Place = { station?: string; workstation?: string; officer?: string };

function href(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Where each linked figure leads, for the dashboard's place and resolved period. Figures "as of now"
 * (open, overdue, waiting) carry the place only; period figures carry the period's first and last
 * day on the date the figure counts by. The two coverage shares lead to the dashboard's own lists of
 * the enterprises they miss. Residency is kept by station only (see countsByStation), so its links
 * carry the station alone.
 */
export function figureLinks(place: Place, period: Pick<Period, "firstDay" | "lastDay">, dashboardQuery: string) {
  const p = { station: place.station, workstation: place.workstation, officer: place.officer };
  const days = { from: period.firstDay, to: period.lastDay };
  const station = { station: place.station };
  return {
    received: href("/tickets", { status: "all", ...p, on: undefined, ...days }),
    resolved: href("/tickets", { status: "all", ...p, on: "resolved", ...days }),
    open: href("/tickets", { status: "open", ...p }),
    overdue: href("/tickets", { status: "all", overdue: "1", ...p }),
    escalations: href("/tickets", { status: "all", ...p, on: "escalated", ...days }),
    hazardsListed: href("/hazards", { ...p, ...days }),
    hazardsClosed: href("/hazards", { status: "CLOSED", ...p, on: "closed", ...days }),
    hazardsOverdue: href("/hazards", { overdue: "1", ...p }),
    visitCoverage: `/chief${dashboardQuery}#list-not-visited`,
    officerCoverage: `/chief${dashboardQuery}#list-uncovered`,
    residencyCompleted: href("/residency", { status: "COMPLETED", ...station, ...days }),
    residencyGreen: href("/residency", { status: "COMPLETED", green: "1", ...station, ...days }),
    residencyWaiting: href("/residency", { status: "waiting", ...station }),
  } satisfies Record<LinkedFigure, string>;
}
