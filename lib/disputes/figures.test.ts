import { describe, expect, it } from "vitest";
import { resolutionRate, startOfChinaYear } from "./figures";

describe("startOfChinaYear", () => {
  it("is China's 1 January 00:00, also in the hours when UTC is still in the old year", () => {
    expect(startOfChinaYear(new Date("2026-11-22T12:00:00Z")).toISOString()).toBe("2025-12-31T16:00:00.000Z");
    // 2026-12-31 20:00 UTC is already 2027-01-01 04:00 in China.
    expect(startOfChinaYear(new Date("2026-12-31T20:00:00Z")).toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(startOfChinaYear(new Date("2026-12-31T15:59:59Z")).toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});

describe("resolutionRate", () => {
  it("is resolved over closed, and no figure before anything was closed", () => {
    expect(resolutionRate(3, 1)).toBe(0.75);
    expect(resolutionRate(0, 2)).toBe(0);
    expect(resolutionRate(0, 0)).toBeNull();
  });
});
