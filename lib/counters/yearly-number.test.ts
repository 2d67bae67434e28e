import { describe, expect, it } from "vitest";
import { chinaYear, formatYearlyNumber } from "./yearly-number";

describe("yearly numbers", () => {
  it("pads the sequence to six digits", () => {
    expect(formatYearlyNumber("ticket", 2026, 123)).toBe("LX-2026-000123");
    expect(formatYearlyNumber("residency", 2026, 7)).toBe("HJ-2026-000007");
  });
  it("takes the year in China time (UTC+8)", () => {
    expect(chinaYear(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(chinaYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});
