import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { coverageFigures, type CoverageFigures } from "./coverage-figures.ts";
import { disputeFigures, type DisputeFigures } from "./dispute-figures.ts";
import type { DashboardScope } from "./filters.ts";
import { hazardFigures, type HazardCounts } from "./hazard-figures.ts";
import { requireChiefBureau } from "./policy.ts";
import { ticketFigures, type TicketFigures } from "./ticket-figures.ts";

/**
 * The range other capabilities' figure functions take: `(user, range)`. Patrol and residency
 * figures join CountyFigures as one more entry of the Promise.all below.
 */
export function rangeOf(scope: DashboardScope): { from: Date; to: Date; stationId?: string } {
  return { from: scope.period.from, to: scope.period.to, stationId: scope.stationId };
}

export type CountyFigures = { tickets: TicketFigures; hazards: HazardCounts; disputes: DisputeFigures; coverage: CoverageFigures };

/** The chief's headline figures for a period and filters; refused to anyone but a chief. */
export async function countyFigures(user: SessionUser, scope: DashboardScope, now: Date = new Date()): Promise<CountyFigures> {
  const bureauId = requireChiefBureau(user);
  const [tickets, hazards, disputes, coverage] = await Promise.all([
    ticketFigures(bureauId, scope, now),
    hazardFigures(bureauId, scope, now),
    disputeFigures(bureauId, scope),
    coverageFigures(bureauId, scope, now),
  ]);
  return { tickets, hazards, disputes, coverage };
}
