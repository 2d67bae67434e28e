import { describe, expect, it } from "vitest";
import { enterpriseTicketsHref, filtersToQuery, parseTicketFilters } from "./filters";

describe("ticket filters", () => {
  it("parses known values and drops unknown or malformed ones", () => {
    expect(
      parseTicketFilters({ status: "IN_PROGRESS", category: "DISPUTE", overdue: "1", q: " 门禁 ", page: "3" }),
    ).toEqual({
      status: "IN_PROGRESS",
      category: "DISPUTE",
      enterprise: undefined,
      overdue: true,
      attention: false,
      q: "门禁",
      page: 3,
    });
    expect(parseTicketFilters({ status: "DROP TABLE", category: "x", page: "-2", overdue: "yes" })).toMatchObject({
      status: undefined,
      category: undefined,
      page: 1,
      overdue: false,
    });
  });
  it("reads the first of a repeated parameter and treats blank or too long values as absent", () => {
    expect(
      parseTicketFilters({ status: ["CLOSED", "open"], q: "   ", enterprise: "x".repeat(65), attention: ["1"] }),
    ).toMatchObject({
      status: "CLOSED",
      q: undefined,
      enterprise: undefined,
      attention: true,
      overdue: false,
      page: 1,
    });
  });
  it("round-trips through the query string", () => {
    const query = filtersToQuery({ status: "open", overdue: true, page: 2, q: "LX-2026" });
    expect(query).toBe("?status=open&overdue=1&page=2&q=LX-2026");
    expect(parseTicketFilters(Object.fromEntries(new URLSearchParams(query)))).toMatchObject({
      status: "open",
      overdue: true,
      page: 2,
      q: "LX-2026",
    });
    expect(filtersToQuery({ page: 1, overdue: false })).toBe("");
  });
});

describe("enterpriseTicketsHref", () => {
  it("links to the ticket list narrowed to the enterprise, every status", () => {
    const href = enterpriseTicketsHref("ent-1");
    const url = new URL(href, "http://portal");
    expect(url.pathname).toBe("/tickets");
    expect(parseTicketFilters(Object.fromEntries(url.searchParams))).toMatchObject({
      enterprise: "ent-1",
      status: "all",
    });
  });
});
