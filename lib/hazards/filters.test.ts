import { describe, expect, it } from "vitest";
import { parseUrlFilters } from "../forms/url-filters.ts";
import { hazardFilters } from "./filters.ts";

describe("hazard list filters", () => {
  it("keeps a known status and an enterprise id", () => {
    expect(parseUrlFilters(hazardFilters, { status: "PENDING_VERIFICATION", enterprise: "e1" })).toMatchObject({
      status: "PENDING_VERIFICATION",
      enterprise: "e1",
    });
  });

  it("drops an unknown status and an over-long enterprise id instead of failing", () => {
    expect(parseUrlFilters(hazardFilters, { status: "GONE", enterprise: "x".repeat(65) })).toMatchObject({
      status: undefined,
      enterprise: undefined,
    });
  });

  it("reads a dashboard figure's place, period and the overdue flag", () => {
    expect(
      parseUrlFilters(hazardFilters, {
        station: "s1",
        from: "2026-11-01",
        to: "2026-13-01",
        on: "closed",
        overdue: "1",
      }),
    ).toMatchObject({ station: "s1", from: "2026-11-01", to: undefined, on: "closed", overdue: true });
    expect(parseUrlFilters(hazardFilters, { on: "verified" }).on).toBeUndefined();
  });
});
