import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { categoryRows, officerRows, stationRows, workstationRows } from "./breakdowns.ts";
import type { DashboardScope } from "./filters.ts";
import { enterprisesNotVisited, escalatedTickets, LIST_SIZE, overdueTickets, uncoveredEnterprises } from "./lists.ts";
import { requireChiefBureau } from "./policy.ts";
import { ticketTrend } from "./trend.ts";
import { clock } from "../time/clock.ts";

/**
 * The breakdowns behind the charts and the traffic-light table; refused to anyone but a chief. The
 * hazard status chart reads the headline figures' hazard counts (see countyView).
 */
export async function countyBreakdowns(user: SessionUser, scope: DashboardScope, now: Date = clock.now()) {
  const bureauId = requireChiefBureau(user);
  const [trend, categories, stations, workstations, officers] = await Promise.all([
    ticketTrend(bureauId, scope),
    categoryRows(bureauId, scope, now),
    stationRows(bureauId, scope, now),
    workstationRows(bureauId, scope, now),
    officerRows(bureauId, scope, now),
  ]);
  return { trend, categories, stations, workstations, officers };
}

/** The lists a chief acts on; refused to anyone but a chief. */
export async function countyLists(user: SessionUser, scope: DashboardScope, now: Date = clock.now(), take = LIST_SIZE) {
  const bureauId = requireChiefBureau(user);
  const [overdue, escalated, notVisited, uncovered] = await Promise.all([
    overdueTickets(bureauId, scope, now, take),
    escalatedTickets(bureauId, scope, take),
    enterprisesNotVisited(bureauId, scope, now, take),
    uncoveredEnterprises(bureauId, scope, now, take),
  ]);
  return { overdue, escalated, notVisited, uncovered };
}
