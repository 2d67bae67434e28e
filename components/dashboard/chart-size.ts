/** A chart's height in pixels: a row per category when the bars lie flat, else a fixed height. */
export function chartHeight(rows: number, horizontal = false): number {
  return horizontal ? Math.max(160, rows * 36 + 60) : 240;
}
