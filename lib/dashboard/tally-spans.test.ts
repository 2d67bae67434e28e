import { describe, expect, it } from "vitest";
import { parseChinaDate } from "../time/china.ts";
import { monthsAndDays, weeksAndDays } from "./tally-spans.ts";

const d = (s: string) => parseChinaDate(s)!;

describe("monthsAndDays", () => {
  it("takes a whole year as its twelve months", () => {
    const spans = monthsAndDays(d("2026-01-01"), d("2026-12-31"));
    expect(spans.MONTH).toHaveLength(12);
    expect(spans.MONTH[0]).toBe("2026-01-01");
    expect(spans.MONTH[11]).toBe("2026-12-01");
    expect(spans.DAY).toEqual([]);
  });

  it("keeps partial months at both ends as days, leap day included", () => {
    const spans = monthsAndDays(d("2024-01-30"), d("2024-03-02"));
    expect(spans.DAY).toEqual(["2024-01-30", "2024-01-31", "2024-03-01", "2024-03-02"]);
    expect(spans.MONTH).toEqual(["2024-02-01"]);
  });

  it("covers every day of a range exactly once", () => {
    const [first, last] = [d("2025-11-17"), d("2027-02-03")];
    const spans = monthsAndDays(first, last);
    let covered = spans.DAY.length;
    for (const m of spans.MONTH) {
      const [y, mo] = m.split("-").map(Number) as [number, number];
      covered += new Date(Date.UTC(y, mo, 0)).getUTCDate();
    }
    expect(covered).toBe(last - first + 1);
  });
});

describe("weeksAndDays", () => {
  it("takes whole Monday weeks and leaves the edges as days", () => {
    // 2026-11-01 is a Sunday; 2026-11-30 a Monday.
    const spans = weeksAndDays(d("2026-11-01"), d("2026-11-30"));
    expect(spans.WEEK).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(spans.DAY).toEqual(["2026-11-01", "2026-11-30"]);
    expect(spans.MONTH).toEqual([]);
  });
});
