import { describe, expect, it } from "vitest";
import { z } from "zod";
import { filterHref, filterQuery, hasActiveFilters, parseUrlFilters, sortHrefs, urlFlag } from "./url-filters";

const schema = z.object({
  status: z.enum(["OPEN", "CLOSED"]),
  q: z.string().trim().max(10),
  risk: z.literal("1"),
  page: z.coerce.number().int().min(1).default(1),
  overdue: z.preprocess((v) => v === "1", z.boolean()),
});

describe("parseUrlFilters", () => {
  it("keeps good values", () => {
    expect(parseUrlFilters(schema, { status: "OPEN", q: " pump ", risk: "1", page: "3", overdue: "1" })).toEqual({
      status: "OPEN",
      q: "pump",
      risk: "1",
      page: 3,
      overdue: true,
    });
  });

  it("drops bad values one by one instead of throwing", () => {
    const filters = parseUrlFilters(schema, { status: "NONSENSE", q: "far too long a text", risk: "yes", page: "-2" });
    expect(filters.status).toBeUndefined();
    expect(filters.q).toBeUndefined();
    expect(filters.risk).toBeUndefined();
    // A field with a default falls back to it.
    expect(filters.page).toBe(1);
  });

  it("keeps the good values next to a bad one", () => {
    expect(parseUrlFilters(schema, { status: "CLOSED", risk: "2" })).toMatchObject({
      status: "CLOSED",
      risk: undefined,
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseUrlFilters(schema, { status: ["CLOSED", "OPEN"], q: ["a", "b"] })).toMatchObject({
      status: "CLOSED",
      q: "a",
    });
    expect(parseUrlFilters(schema, { status: ["BAD", "OPEN"] }).status).toBeUndefined();
    expect(parseUrlFilters(schema, { status: [] }).status).toBeUndefined();
  });

  it("treats empty and blank values as absent", () => {
    const filters = parseUrlFilters(schema, { status: "", q: "   ", risk: "", page: "" });
    expect(filters).toEqual({ status: undefined, q: undefined, risk: undefined, page: 1, overdue: false });
  });

  it("treats values with control characters as absent, so none reaches a query", () => {
    const filters = parseUrlFilters(schema, { status: "OPEN\u0000", q: "pu\u0000mp", page: "2\u001B" });
    expect(filters).toEqual({ status: undefined, q: undefined, risk: undefined, page: 1, overdue: false });
    expect(parseUrlFilters(schema, { q: "pump\t" }).q).toBe("pump");
  });

  it("ignores parameters the schema does not name", () => {
    expect(Object.keys(parseUrlFilters(schema, { other: "x", status: "OPEN" })).sort()).toEqual(
      ["overdue", "page", "q", "risk", "status"].sort(),
    );
  });

  it("reads a checkbox flag as on or off", () => {
    const flags = z.object({ risk: urlFlag });
    expect(parseUrlFilters(flags, { risk: "1" }).risk).toBe(true);
    expect(parseUrlFilters(flags, { risk: "true" }).risk).toBe(true);
    expect(parseUrlFilters(flags, { risk: "on?" }).risk).toBe(false);
    expect(parseUrlFilters(flags, {}).risk).toBe(false);
    expect(filterQuery(parseUrlFilters(flags, { risk: "1" }))).toEqual({ risk: "1" });
  });

  it("keeps catch values of the schema", () => {
    const withCatch = z.object({ size: z.coerce.number().int().max(100).catch(20) });
    expect(parseUrlFilters(withCatch, { size: "5000" }).size).toBe(20);
    expect(parseUrlFilters(withCatch, { size: "50" }).size).toBe(50);
  });
});

describe("filterQuery", () => {
  it("writes the set filters as strings and leaves the others out", () => {
    expect(
      filterQuery({
        status: "OPEN",
        risk: true,
        overdue: false,
        q: "",
        kind: undefined,
        none: null,
        page: 2,
        from: new Date("2026-01-02T03:04:05.000Z"),
      }),
    ).toEqual({
      status: "OPEN",
      risk: "1",
      overdue: undefined,
      q: undefined,
      kind: undefined,
      none: undefined,
      page: "2",
      from: "2026-01-02T03:04:05.000Z",
    });
  });
});

describe("filterHref, hasActiveFilters and sortHrefs", () => {
  it("builds a link with only the set filters", () => {
    expect(filterHref("/disputes", { status: "OPEN", kind: undefined, risk: true })).toBe(
      "/disputes?status=OPEN&risk=1",
    );
    expect(filterHref("/disputes", { status: undefined })).toBe("/disputes");
  });

  it("tells whether a filter is set, ignoring the page and the given keys", () => {
    expect(hasActiveFilters({ status: undefined, page: 3 })).toBe(false);
    expect(hasActiveFilters({ status: "OPEN", page: 1 })).toBe(true);
    expect(hasActiveFilters({ sort: "createdAt", dir: "asc" }, ["sort", "dir"])).toBe(false);
    expect(hasActiveFilters({ risk: false })).toBe(false);
  });

  it("builds both sort links, keeping the filters and going back to the first page", () => {
    expect(sortHrefs("/disputes", { status: "OPEN", page: 4, sort: "parties", dir: "desc" }, "createdAt")).toEqual({
      asc: "/disputes?status=OPEN&sort=createdAt&dir=asc",
      desc: "/disputes?status=OPEN&sort=createdAt&dir=desc",
    });
  });
});
