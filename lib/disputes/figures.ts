/**
 * Share of closed disputes that ended in agreement, 0–1; null before any was closed, so that a new
 * year reads "no figure yet" rather than a failing 0 %.
 */
export function resolutionRate(resolved: number, unresolved: number): number | null {
  const closed = resolved + unresolved;
  return closed === 0 ? null : resolved / closed;
}
