import { describe, expect, it } from "vitest";
import { filterQuery, parseUrlFilters } from "../forms/url-filters.ts";
import { residencyFilters } from "./filters.ts";

describe("residencyFilters", () => {
  it("reads a status, the police's queue or all, a kind and the green channel", () => {
    expect(parseUrlFilters(residencyFilters, { status: "SUBMITTED", kind: "TALENT_SETTLEMENT", green: "1" })).toEqual({
      status: "SUBMITTED",
      kind: "TALENT_SETTLEMENT",
      green: true,
    });
    expect(parseUrlFilters(residencyFilters, { status: "waiting" }).status).toBe("waiting");
    expect(parseUrlFilters(residencyFilters, { status: "all" }).status).toBe("all");
  });

  it("leaves an absent status to the page, so that the police open on their queue", () => {
    expect(parseUrlFilters(residencyFilters, {})).toEqual({ status: undefined, kind: undefined, green: false });
  });

  it("shows every status for one it does not know, and drops an unknown kind", () => {
    expect(parseUrlFilters(residencyFilters, { status: "NONSENSE", kind: "NONSENSE" })).toMatchObject({
      status: "all",
      kind: undefined,
    });
  });

  it("carries the filters into the page links", () => {
    const filters = parseUrlFilters(residencyFilters, { status: "all", kind: "ID_CARD", green: "0" });
    expect(filterQuery(filters)).toEqual({ status: "all", kind: "ID_CARD", green: undefined });
  });
});
