import { describe, expect, it } from "vitest";
import { parseUrlFilters } from "../forms/url-filters.ts";
import { hazardFilters } from "./filters.ts";

describe("hazard list filters", () => {
  it("keeps a known status and an enterprise id", () => {
    expect(parseUrlFilters(hazardFilters, { status: "PENDING_VERIFICATION", enterprise: "e1" })).toEqual({
      status: "PENDING_VERIFICATION",
      enterprise: "e1",
    });
  });

  it("drops an unknown status and an over-long enterprise id instead of failing", () => {
    expect(parseUrlFilters(hazardFilters, { status: "GONE", enterprise: "x".repeat(65) })).toEqual({
      status: undefined,
      enterprise: undefined,
    });
  });
});
