import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { changesIn } from "../cache/changes.ts";
import { cachedFigures, type Cached } from "../cache/figures-cache.ts";
import { clock } from "../time/clock.ts";
import { advisoryFigures } from "./advisory-figures.ts";
import { countyFigures } from "./figures.ts";
import type { DashboardScope } from "./filters.ts";
import { LIST_SIZE } from "./lists.ts";
import { requireChiefBureau } from "./policy.ts";
import { countyBreakdowns, countyLists } from "./tables.ts";

/**
 * Everything the chief's dashboard and its exports show for a scope, each figure read once: the
 * headline hazard counts also draw the hazard status chart. Refused to anyone but a chief.
 */
export async function countyView(
  user: SessionUser,
  scope: DashboardScope,
  now: Date = clock.now(),
  listSize = LIST_SIZE,
) {
  requireChiefBureau(user);
  const [figures, breakdowns, lists, advisories] = await Promise.all([
    countyFigures(user, scope, now),
    countyBreakdowns(user, scope, now),
    countyLists(user, scope, now, listSize),
    advisoryFigures(user, scope),
  ]);
  return { figures, breakdowns: { ...breakdowns, hazardStatus: figures.hazards.byStatus }, lists, advisories };
}

export type CountyView = Awaited<ReturnType<typeof countyView>>;

/**
 * The dashboard's view as read at most DASHBOARD_CACHE_SECONDS ago, shared by every chief of the
 * county who asks for the same filters; a change made through this server is shown at once.
 */
export async function cachedCountyView(
  user: SessionUser,
  scope: DashboardScope,
  now: Date = clock.now(),
): Promise<Cached<CountyView>> {
  const bureauId = requireChiefBureau(user);
  const key = JSON.stringify(["county", bureauId, changesIn(bureauId), scopeKey(scope)]);
  return cachedFigures(key, () => countyView(user, scope, now));
}

/** The parts of a scope the figures depend on, in a fixed order. */
function scopeKey(scope: DashboardScope): string[] {
  const { period } = scope;
  return [
    period.from.toISOString(),
    period.to.toISOString(),
    scope.stationId ?? "",
    scope.workstationId ?? "",
    scope.officerId ?? "",
  ];
}
