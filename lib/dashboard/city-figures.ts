import "server-only";
import { changesAnywhere } from "../cache/changes.ts";
import { cachedFigures, type Cached } from "../cache/figures-cache.ts";
import { readDb } from "../db/read.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { countiesOf } from "../scope/city.ts";
import { clock } from "../time/clock.ts";
import { breakdownRow, type BreakdownRow } from "./breakdowns.ts";
import type { DashboardScope } from "./filters.ts";
import { overdueHazardsByCounty } from "./hazard-figures.ts";
import { requireCityBureau } from "./policy.ts";
import { worstFirst } from "./traffic-light.ts";
import { countsOf, NO_LIVE, NO_TALLY_SUMS, ratingsOf } from "./ticket-figures.ts";
import { tallyByCounty, ticketsNowByCounty } from "./ticket-tally.ts";

/**
 * Every county of the city leader's city side by side for a period: the same figures, measured the
 * same way, and the same light as a chief's stations, so that a county reads alike on both desks.
 */
export async function cityCountyRows(
  user: SessionUser,
  scope: Pick<DashboardScope, "period">,
  now: Date = clock.now(),
): Promise<BreakdownRow[]> {
  const cityId = requireCityBureau(user);
  const counties = await readDb().bureau.findMany({
    where: countiesOf(cityId),
    select: { id: true, name: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  // Place filters are a county's own; across counties only the period applies. Each figure family
  // is one statement for every county, summed per county in the database.
  const ids = counties.map((c) => c.id);
  const [tallies, live, hazardsOverdue] = await Promise.all([
    tallyByCounty(ids, scope.period),
    ticketsNowByCounty(ids, scope.period, now),
    overdueHazardsByCounty(ids, now),
  ]);
  const rows = counties.map((county) => {
    const tally = tallies.get(county.id) ?? NO_TALLY_SUMS;
    return breakdownRow(county, countsOf(tally, live.get(county.id) ?? NO_LIVE), ratingsOf(tally), {
      overdue: hazardsOverdue.get(county.id) ?? 0,
    });
  });
  return worstFirst(rows);
}

/**
 * The city's county rows as read at most DASHBOARD_CACHE_SECONDS ago, shared by the city's leaders;
 * a change made anywhere through this server is shown at once.
 */
export async function cachedCityCountyRows(
  user: SessionUser,
  scope: Pick<DashboardScope, "period">,
  now: Date = clock.now(),
): Promise<Cached<BreakdownRow[]>> {
  const cityId = requireCityBureau(user);
  const { from, to } = scope.period;
  const key = JSON.stringify(["city", cityId, changesAnywhere(), from.toISOString(), to.toISOString()]);
  return cachedFigures(key, () => cityCountyRows(user, scope, now));
}

/** The city leader's city by name, for the title and file name of the city's exports. */
export async function cityName(user: SessionUser): Promise<{ name: string; nameEn: string }> {
  const cityId = requireCityBureau(user);
  return readDb().bureau.findUniqueOrThrow({ where: { id: cityId }, select: { name: true, nameEn: true } });
}
