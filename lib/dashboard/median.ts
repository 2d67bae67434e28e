/** A histogram bucket: how many values were `value`. */
export type Bucket = { value: number; count: number };

/**
 * The median of the values a histogram holds, as PostgreSQL's percentile_cont(0.5) takes it: the
 * middle value, or the mean of the two middle ones when there is an even number; null when it holds
 * none. Buckets may come in any order, repeat a value, or count zero (a tally row emptied by a
 * reopening).
 */
export function medianOf(buckets: readonly Bucket[]): number | null {
  const held = buckets.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const total = held.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const [low, high] = [Math.floor((total - 1) / 2), Math.ceil((total - 1) / 2)];
  let seen = 0;
  let lowValue: number | undefined;
  for (const b of held) {
    seen += b.count;
    if (lowValue === undefined && seen > low) lowValue = b.value;
    if (seen > high) return (lowValue! + b.value) / 2;
  }
  throw new Error("unreachable: the high index lies within the total");
}
