import { describe, expect, it } from "vitest";
import { formatYearlyNumber } from "./yearly-number";

describe("yearly numbers", () => {
  it("pads the sequence to six digits", () => {
    expect(formatYearlyNumber("ticket", 2026, 123)).toBe("LX-2026-000123");
    expect(formatYearlyNumber("residency", 2026, 7)).toBe("HJ-2026-000007");
  });
});
