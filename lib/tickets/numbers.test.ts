import { describe, expect, it } from "vitest";
import { chinaYear, formatTicketNumber } from "./numbers";

describe("ticket numbers", () => {
  it("pads the sequence to six digits", () => {
    expect(formatTicketNumber(2026, 123)).toBe("LX-2026-000123");
  });
  it("takes the year in China time (UTC+8)", () => {
    expect(chinaYear(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(chinaYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});
