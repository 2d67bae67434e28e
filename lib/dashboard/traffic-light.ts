// Traffic lights for stations and officers. Each measure is rated on its own and the row takes the
// worst; a measure with no data yet (no tickets due, no ratings) is not held against anyone. A place
// with no work at all in the period is "idle": neither good nor bad, and never shown as green.

/** On-time resolution at or above this is green; below ON_TIME_RED it is red. */
export const ON_TIME_GREEN = 0.9;
export const ON_TIME_RED = 0.7;
/** Overdue items (tickets past their deadline plus hazards past rectification): none is green, more than this is red. */
export const OVERDUE_AMBER_MAX = 2;
/** Average satisfaction (1–5) at or above this is green; below SATISFACTION_RED it is red. */
export const SATISFACTION_GREEN = 4.5;
export const SATISFACTION_RED = 3.5;

/** A measure's rating. */
export type Band = "green" | "amber" | "red";
/** A row's light: the worst band of its measures, or idle when it had nothing to measure. */
export type Light = Band | "idle";
export type LightInput = {
  onTimeResolution: number | null;
  overdueItems: number;
  averageRating: number | null;
  /** Tickets received, resolved or open in the period: 0 means there was nothing to rate. */
  activity: number;
};
export type LightResult = { light: Light; onTime: Band | null; overdue: Band; satisfaction: Band | null };

const RANK: Record<Light, number> = { idle: -1, green: 0, amber: 1, red: 2 };

function band(value: number | null, green: number, red: number): Band | null {
  if (value === null) return null;
  return value >= green ? "green" : value >= red ? "amber" : "red";
}

export function lightOf(input: LightInput): LightResult {
  const onTime = band(input.onTimeResolution, ON_TIME_GREEN, ON_TIME_RED);
  const overdue: Band = input.overdueItems === 0 ? "green" : input.overdueItems <= OVERDUE_AMBER_MAX ? "amber" : "red";
  const satisfaction = band(input.averageRating, SATISFACTION_GREEN, SATISFACTION_RED);
  const idle = input.activity === 0 && input.overdueItems === 0 && onTime === null && satisfaction === null;
  const light = idle
    ? "idle"
    : [onTime, overdue, satisfaction].reduce<Light>((worst, l) => (l && RANK[l] > RANK[worst] ? l : worst), "green");
  return { light, onTime, overdue, satisfaction };
}

/** Officers, and workstations, shown in the traffic lights unless all are asked for. */
export const ROWS_SHOWN = 20;

/**
 * The officers' or workstations' rows the dashboard shows: all when asked, else the first ROWS_SHOWN.
 * The rows come worst first, so the ones left out are those doing best; a county's hundred rows would
 * make the page heavy.
 */
export function rowsShown<T>(rows: T[], all: boolean): T[] {
  return all ? rows : rows.slice(0, ROWS_SHOWN);
}

/**
 * Rows worst first, so that the places needing attention head the table: red, amber, green, then
 * idle; within a light, more overdue items first. Otherwise the given order (by code) is kept.
 */
export function worstFirst<T extends { lights: LightResult; overdueItems: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => RANK[b.lights.light] - RANK[a.lights.light] || b.overdueItems - a.overdueItems);
}
