import { describe, expect, it } from "vitest";
import {
  DEFAULT_ENTERPRISE_FILTERS,
  enterpriseFilterWhere,
  filtersToParams,
  isFiltered,
  parseEnterpriseFilters,
} from "./filters";

describe("enterprise list filters", () => {
  it("defaults to the active enterprises, page 1, nothing else", () => {
    expect(parseEnterpriseFilters({})).toEqual({
      q: undefined,
      workstation: undefined,
      park: undefined,
      keyProject: false,
      officer: undefined,
      status: "active",
      page: 1,
    });
    expect(isFiltered(DEFAULT_ENTERPRISE_FILTERS)).toBe(false);
  });

  it("parses known values, trims text and takes the first of repeated parameters", () => {
    expect(
      parseEnterpriseFilters({
        q: "  华迅 ",
        workstation: ["w1", "w2"],
        park: "店埠产业园",
        keyProject: "1",
        officer: "none",
        status: "all",
        page: "3",
      }),
    ).toEqual({
      q: "华迅",
      workstation: "w1",
      park: "店埠产业园",
      keyProject: true,
      officer: "none",
      status: "all",
      page: 3,
    });
  });

  it("drops malformed values instead of failing", () => {
    expect(
      parseEnterpriseFilters({
        q: "   ",
        status: "deleted",
        officer: "u1",
        keyProject: "yes",
        page: "-2",
        workstation: "x".repeat(65),
      }),
    ).toEqual(DEFAULT_ENTERPRISE_FILTERS);
    expect(parseEnterpriseFilters({ q: "x".repeat(51) }).q).toBeUndefined();
    expect(parseEnterpriseFilters({ page: "2.5" }).page).toBe(1);
  });

  it("counts any narrowing filter, including showing only inactive ones", () => {
    expect(isFiltered(parseEnterpriseFilters({ status: "inactive" }))).toBe(true);
    expect(isFiltered(parseEnterpriseFilters({ officer: "none" }))).toBe(true);
    expect(isFiltered(parseEnterpriseFilters({ page: "4" }))).toBe(false);
  });

  it("round-trips through URL parameters, leaving defaults out", () => {
    const filters = parseEnterpriseFilters({ q: "9137", keyProject: "1", status: "inactive", page: "2" });
    const params = filtersToParams(filters);
    expect(params).toEqual({ q: "9137", keyProject: "1", status: "inactive", page: "2" });
    expect(parseEnterpriseFilters(params)).toEqual(filters);
    expect(filtersToParams(DEFAULT_ENTERPRISE_FILTERS)).toEqual({});
  });
});

describe("enterpriseFilterWhere", () => {
  it("shows active enterprises by default and everything with status=all", () => {
    expect(enterpriseFilterWhere(DEFAULT_ENTERPRISE_FILTERS)).toEqual([{ active: true }]);
    expect(enterpriseFilterWhere(parseEnterpriseFilters({ status: "inactive" }))).toEqual([{ active: false }]);
    expect(enterpriseFilterWhere(parseEnterpriseFilters({ status: "all" }))).toEqual([]);
  });

  it("searches name, English name and credit code case-insensitively, and narrows by each filter", () => {
    const contains = { contains: "hua", mode: "insensitive" };
    expect(
      enterpriseFilterWhere(
        parseEnterpriseFilters({
          q: "hua",
          workstation: "w1",
          park: "店埠",
          keyProject: "1",
          officer: "none",
          status: "all",
        }),
      ),
    ).toEqual([
      { OR: [{ name: contains }, { nameEn: contains }, { creditCode: contains }] },
      { workstationId: "w1" },
      { workstation: { park: "店埠" } },
      { keyProject: true },
      { responsibleOfficerId: null },
    ]);
  });
});
