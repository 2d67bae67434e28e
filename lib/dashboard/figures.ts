import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { patrolFigures, type PatrolFigures } from "../patrols/figures.ts";
import { residencyFigures, type ResidencyFigures } from "../residency/figures.ts";
import { coverageFigures, type CoverageFigures } from "./coverage-figures.ts";
import { disputeFigures, type DisputeFigures } from "./dispute-figures.ts";
import type { DashboardScope } from "./filters.ts";
import { hazardFigures, type HazardCounts } from "./hazard-figures.ts";
import { requireChiefBureau } from "./policy.ts";
import { ticketFigures, type TicketFigures } from "./ticket-figures.ts";
import { clock } from "../time/clock.ts";

/**
 * Patrol teams and residency windows work for a station, not for a workstation or an officer's
 * enterprises: narrowed that far, those figures would be the station's passed off as the narrower
 * place's, so they are left out (null) rather than shown under the wrong name.
 */
export function countsByStation(scope: DashboardScope): boolean {
  return !scope.workstationId && !scope.officerId;
}

export type CountyFigures = {
  tickets: TicketFigures;
  hazards: HazardCounts;
  disputes: DisputeFigures;
  coverage: CoverageFigures;
  patrols: PatrolFigures | null;
  residency: ResidencyFigures | null;
};

/** The chief's headline figures for a period and filters; refused to anyone but a chief. */
export async function countyFigures(
  user: SessionUser,
  scope: DashboardScope,
  now: Date = clock.now(),
): Promise<CountyFigures> {
  const bureauId = requireChiefBureau(user);
  const byStation = countsByStation(scope);
  const { period, stationId } = scope;
  const [tickets, hazards, disputes, coverage, patrols, residency] = await Promise.all([
    ticketFigures(bureauId, scope, now),
    hazardFigures(bureauId, scope, now),
    disputeFigures(bureauId, scope),
    coverageFigures(bureauId, scope, now),
    // Patrol nights are calendar dates, both ends included; residency completions are instants in [from, to).
    byStation
      ? patrolFigures(user, { from: period.firstDay, to: period.lastDay, stationId }).then((p) => p.total)
      : null,
    byStation ? residencyFigures(user, { from: period.from, to: period.to, stationId }) : null,
  ]);
  return { tickets, hazards, disputes, coverage, patrols, residency };
}
