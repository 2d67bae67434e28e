import "server-only";
import { readDb } from "../db/read.ts";
import { bureauStations, bureauWorkstations } from "../organisation/places.ts";
import type { TicketCategory } from "../db/generated/enums.ts";
import type { DashboardScope } from "./filters.ts";
import { hazardCounts, NO_HAZARDS, type HazardCounts } from "./hazard-figures.ts";
import {
  NO_RATINGS,
  NO_TICKETS,
  ratingCounts,
  ticketCounts,
  withRates,
  type RatingCounts,
  type TicketCounts,
} from "./ticket-figures.ts";
import { lightOf, worstFirst, type LightResult } from "./traffic-light.ts";

export type BreakdownRow = {
  id: string;
  name: string;
  nameEn: string;
  tickets: ReturnType<typeof withRates>;
  hazardsOverdue: number;
  overdueItems: number;
  lights: LightResult;
};

export type Named = { id: string; name: string; nameEn: string };

async function rowsFor(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  grouping: "station" | "workstation" | "officer",
  named: Named[],
): Promise<BreakdownRow[]> {
  const [tickets, ratings, hazards] = await Promise.all([
    ticketCounts(bureauId, scope, now, grouping),
    ratingCounts(bureauId, scope, grouping),
    hazardCounts(bureauId, scope, now, grouping),
  ]);
  return worstFirst(
    named.map((n) =>
      breakdownRow(
        n,
        tickets.get(n.id) ?? NO_TICKETS,
        ratings.get(n.id) ?? NO_RATINGS,
        hazards.get(n.id) ?? NO_HAZARDS,
      ),
    ),
  );
}

/** One place's row: its ticket figures with their rates, its overdue work, and the light they give. */
export function breakdownRow(
  place: Named,
  tickets: TicketCounts,
  ratings: RatingCounts,
  hazards: Pick<HazardCounts, "overdue">,
): BreakdownRow {
  const t = withRates(tickets, ratings);
  const overdueItems = t.overdue + hazards.overdue;
  return {
    ...place,
    tickets: t,
    hazardsOverdue: hazards.overdue,
    overdueItems,
    lights: lightOf({
      onTimeResolution: t.onTimeResolution,
      overdueItems,
      averageRating: t.averageRating,
      activity: t.received + t.resolved + t.open,
    }),
  };
}

const namedOf = ({ id, name, nameEn }: Named): Named => ({ id, name, nameEn });

/** Every station of the bureau within the filters, quiet ones included, with its figures and light. */
export async function stationRows(bureauId: string, scope: DashboardScope, now: Date): Promise<BreakdownRow[]> {
  const [stations, workstations] = await Promise.all([bureauStations(bureauId), bureauWorkstations(bureauId)]);
  const holdingWorkstation = workstations.find((w) => w.id === scope.workstationId)?.stationId;
  const within = stations.filter(
    (s) => (!scope.stationId || s.id === scope.stationId) && (!scope.workstationId || s.id === holdingWorkstation),
  );
  return rowsFor(bureauId, scope, now, "station", within.map(namedOf));
}

/**
 * Workstations and officers that are no longer active still hold the figures filed under them: they
 * are listed while the period has something of theirs, and left out once it has not.
 */
function withoutIdleInactive(rows: BreakdownRow[], active: Map<string, boolean>): BreakdownRow[] {
  return rows.filter(
    (r) => active.get(r.id) || r.tickets.received + r.tickets.resolved + r.tickets.open + r.overdueItems > 0,
  );
}

export async function workstationRows(bureauId: string, scope: DashboardScope, now: Date): Promise<BreakdownRow[]> {
  const workstations = (await bureauWorkstations(bureauId)).filter(
    (w) =>
      (!scope.stationId || w.stationId === scope.stationId) && (!scope.workstationId || w.id === scope.workstationId),
  );
  const rows = await rowsFor(bureauId, scope, now, "workstation", workstations.map(namedOf));
  return withoutIdleInactive(rows, new Map(workstations.map((w) => [w.id, w.active])));
}

/** Officers within the filters, measured on the enterprises they were responsible for when work was filed (一企一警). */
export async function officerRows(bureauId: string, scope: DashboardScope, now: Date): Promise<BreakdownRow[]> {
  const officers = await readDb().user.findMany({
    where: {
      bureauId,
      role: "OFFICER",
      ...(scope.stationId ? { stationId: scope.stationId } : {}),
      ...(scope.officerId ? { id: scope.officerId } : {}),
      ...(scope.workstationId ? { responsibleFor: { some: { workstationId: scope.workstationId } } } : {}),
    },
    select: { id: true, name: true, nameEn: true, active: true },
    orderBy: { name: "asc" },
  });
  const rows = await rowsFor(bureauId, scope, now, "officer", officers);
  return withoutIdleInactive(rows, new Map(officers.map((o) => [o.id, o.active])));
}

export type CategoryRow = { category: TicketCategory; received: number; resolved: number };

/** Tickets received and resolved in the period per category, busiest first, categories with none left out. */
export async function categoryRows(bureauId: string, scope: DashboardScope, now: Date): Promise<CategoryRow[]> {
  const counts = await ticketCounts(bureauId, scope, now, "category");
  return [...counts.entries()]
    .map(([category, c]) => ({ category: category as TicketCategory, received: c.received, resolved: c.resolved }))
    .filter((r) => r.received || r.resolved)
    .sort((a, b) => b.received - a.received || a.category.localeCompare(b.category));
}
