import { describe, expect, it } from "vitest";
import { parseUrlFilters } from "../forms/url-filters";
import { parseTicketFilters } from "../tickets/filters";
import { hazardFilters } from "../hazards/filters";
import { residencyFilters } from "../residency/filters";
import { dayRange, figureLinks, filedPlaceWhere, hasDrillDown, LINKED_FIGURES } from "./drill-down";

const NOVEMBER = { firstDay: "2026-11-01", lastDay: "2026-11-30" };

function paramsOf(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href, "http://x").searchParams);
}

describe("dayRange", () => {
  it("covers whole China days, both ends included", () => {
    expect(dayRange("2026-11-01", "2026-11-30")).toEqual({
      gte: new Date("2026-10-31T16:00:00Z"),
      lt: new Date("2026-11-30T16:00:00Z"),
    });
    expect(dayRange(undefined, "2026-11-30")).toEqual({ lt: new Date("2026-11-30T16:00:00Z") });
    expect(dayRange(undefined, undefined)).toBeNull();
    expect(dayRange("2026-02-30", undefined)).toBeNull();
  });
});

describe("filedPlaceWhere", () => {
  it("names only the place columns that are set", () => {
    expect(filedPlaceWhere({ station: "s1", officer: "o1" })).toEqual({ stationId: "s1", responsibleOfficerId: "o1" });
    expect(filedPlaceWhere({})).toEqual({});
    expect(hasDrillDown({})).toBe(false);
    expect(hasDrillDown({ to: "2026-11-30" })).toBe(true);
  });
});

describe("figureLinks", () => {
  const links = figureLinks({ station: "s1", workstation: "w1" }, NOVEMBER, "?station=s1&workstation=w1");

  it("gives every linked figure a link", () => {
    expect(Object.keys(links).sort()).toEqual([...LINKED_FIGURES].sort());
  });

  it("carries the place and period into the ticket list's own filters", () => {
    expect(links.received.startsWith("/tickets?")).toBe(true);
    expect(parseTicketFilters(paramsOf(links.received))).toMatchObject({
      status: "all",
      station: "s1",
      workstation: "w1",
      from: "2026-11-01",
      to: "2026-11-30",
      on: undefined,
    });
    expect(parseTicketFilters(paramsOf(links.resolved))).toMatchObject({ on: "resolved", from: "2026-11-01" });
    expect(parseTicketFilters(paramsOf(links.escalations))).toMatchObject({ on: "escalated", to: "2026-11-30" });
  });

  it("leaves the period out of figures counted as of now", () => {
    expect(parseTicketFilters(paramsOf(links.open))).toMatchObject({ status: "open", station: "s1", from: undefined });
    expect(parseTicketFilters(paramsOf(links.overdue))).toMatchObject({ status: "all", overdue: true, to: undefined });
    expect(parseUrlFilters(hazardFilters, paramsOf(links.hazardsOverdue))).toMatchObject({
      overdue: true,
      station: "s1",
      from: undefined,
    });
    expect(parseUrlFilters(residencyFilters, paramsOf(links.residencyWaiting))).toMatchObject({
      status: "waiting",
      station: "s1",
      from: undefined,
    });
  });

  it("leads hazards and residency to their lists with the date the figure counts by", () => {
    expect(parseUrlFilters(hazardFilters, paramsOf(links.hazardsClosed))).toMatchObject({
      status: "CLOSED",
      on: "closed",
      from: "2026-11-01",
      workstation: "w1",
    });
    expect(parseUrlFilters(residencyFilters, paramsOf(links.residencyGreen))).toMatchObject({
      status: "COMPLETED",
      green: true,
      station: "s1",
      to: "2026-11-30",
    });
    // Residency is counted by station: a narrower place would name what the figure did not count.
    expect(paramsOf(links.residencyCompleted)).not.toHaveProperty("workstation");
  });

  it("points the coverage shares at the dashboard's own lists of what they miss", () => {
    expect(links.visitCoverage).toBe("/chief?station=s1&workstation=w1#list-not-visited");
    expect(links.officerCoverage).toBe("/chief?station=s1&workstation=w1#list-uncovered");
  });

  it("drops a date that is not a real one instead of failing the list", () => {
    expect(parseTicketFilters({ from: "2026-02-30", to: "2026-03-01", on: "someday" })).toMatchObject({
      from: undefined,
      to: "2026-03-01",
      on: undefined,
    });
  });
});
