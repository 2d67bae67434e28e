import { describe, expect, it } from "vitest";
import { parseUrlFilters } from "../forms/url-filters.ts";
import { disputeFilters } from "./filters.ts";

describe("dispute filters", () => {
  it("reads the filters of a link", () => {
    expect(parseUrlFilters(disputeFilters, { status: "OPEN", kind: "LABOR", risk: "1", enterpriseId: "e1" })).toEqual({
      status: "OPEN",
      kind: "LABOR",
      risk: true,
      enterpriseId: "e1",
    });
  });

  it("drops values that do not fit instead of failing", () => {
    const filters = parseUrlFilters(disputeFilters, {
      status: "nonsense",
      kind: ["OTHER", "LABOR"],
      enterpriseId: "x".repeat(65),
    });
    expect(filters).toEqual({ status: undefined, kind: "OTHER", risk: false, enterpriseId: undefined });
  });
});
