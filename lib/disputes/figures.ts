// Days and years are China's (UTC+8, no daylight saving), whatever the server's zone.
const OFFSET_MS = 8 * 3_600_000;

/** The instant the China-time calendar year containing `at` began. */
export function startOfChinaYear(at: Date): Date {
  const local = new Date(at.getTime() + OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), 0, 1) - OFFSET_MS);
}

/**
 * Share of closed disputes that ended in agreement, 0–1; null before any was closed, so that a new
 * year reads "no figure yet" rather than a failing 0 %.
 */
export function resolutionRate(resolved: number, unresolved: number): number | null {
  const closed = resolved + unresolved;
  return closed === 0 ? null : resolved / closed;
}
