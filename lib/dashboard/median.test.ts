import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { medianOf } from "./median";

/** The median worked out the plain way: every value written out and sorted. */
function medianOfValues(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe("medianOf", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(medianOf([{ value: 3, count: 1 }])).toBe(3);
    expect(
      medianOf([
        { value: 10, count: 1 },
        { value: 2, count: 1 },
      ]),
    ).toBe(6);
    expect(
      medianOf([
        { value: 5, count: 2 },
        { value: 1, count: 1 },
        { value: 9, count: 2 },
      ]),
    ).toBe(5);
  });

  it("is null for no values, and skips emptied buckets", () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([{ value: 4, count: 0 }])).toBeNull();
    expect(
      medianOf([
        { value: 100, count: 0 },
        { value: 4, count: 1 },
      ]),
    ).toBe(4);
  });

  it("equals the median of the values written out, for any histogram", () => {
    const bucket = fc.record({ value: fc.integer({ min: 0, max: 500 }), count: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(bucket, { maxLength: 30 }), (buckets) => {
        const values = buckets.flatMap((b) => Array<number>(b.count).fill(b.value));
        expect(medianOf(buckets)).toBe(medianOfValues(values));
      }),
    );
  });
});
