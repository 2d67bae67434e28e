// Traffic lights for stations and officers. Each measure is rated on its own and the row takes the
// worst; a measure with no data yet (no tickets due, no ratings) is not held against anyone.

/** On-time resolution at or above this is green; below ON_TIME_RED it is red. */
export const ON_TIME_GREEN = 0.9;
export const ON_TIME_RED = 0.7;
/** Overdue items (tickets past their deadline plus hazards past rectification): none is green, more than this is red. */
export const OVERDUE_AMBER_MAX = 2;
/** Average satisfaction (1–5) at or above this is green; below SATISFACTION_RED it is red. */
export const SATISFACTION_GREEN = 4.5;
export const SATISFACTION_RED = 3.5;

export type Light = "green" | "amber" | "red";
export type LightInput = { onTimeResolution: number | null; overdueItems: number; averageRating: number | null };
export type LightResult = { light: Light; onTime: Light | null; overdue: Light; satisfaction: Light | null };

const RANK: Record<Light, number> = { green: 0, amber: 1, red: 2 };

function band(value: number | null, green: number, red: number): Light | null {
  if (value === null) return null;
  return value >= green ? "green" : value >= red ? "amber" : "red";
}

export function lightOf(input: LightInput): LightResult {
  const onTime = band(input.onTimeResolution, ON_TIME_GREEN, ON_TIME_RED);
  const overdue: Light = input.overdueItems === 0 ? "green" : input.overdueItems <= OVERDUE_AMBER_MAX ? "amber" : "red";
  const satisfaction = band(input.averageRating, SATISFACTION_GREEN, SATISFACTION_RED);
  const light = [onTime, overdue, satisfaction].reduce<Light>(
    (worst, l) => (l && RANK[l] > RANK[worst] ? l : worst),
    "green",
  );
  return { light, onTime, overdue, satisfaction };
}
