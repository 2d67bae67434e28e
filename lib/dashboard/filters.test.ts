import { describe, expect, it } from "vitest";
import { dashboardQuery, parseDashboardFilters, rangeProblemOf, resolvePeriod } from "./filters";

const now = new Date("2026-11-22T08:00:00Z");

describe("dashboard filters", () => {
  it("defaults to this month and drops junk", () => {
    const f = parseDashboardFilters({ period: "decade", station: ["s1", "s2"], from: "yesterday" });
    expect(f).toMatchObject({ period: "month", station: "s1", from: undefined });
    expect(resolvePeriod(f, now)).toMatchObject({ firstDay: "2026-11-01", lastDay: "2026-11-30" });
  });

  it("keeps the request for every officer's light, and only that value", () => {
    expect(parseDashboardFilters({ officers: "all" }).officers).toBe("all");
    expect(parseDashboardFilters({ workstations: "all" }).workstations).toBe("all");
    expect(parseDashboardFilters({ workstations: "some" }).workstations).toBeUndefined();
    expect(parseDashboardFilters({ officers: "some" }).officers).toBeUndefined();
    expect(dashboardQuery({ period: "year", officers: "all" })).toBe("?period=year&officers=all");
    expect(dashboardQuery({ workstations: "all", view: "lights" })).toBe("?workstations=all&view=lights");
  });

  it("keeps the dashboard's part in the URL, the overview being the default left out", () => {
    expect(parseDashboardFilters({ view: "lists" }).view).toBe("lists");
    expect(parseDashboardFilters({ view: "everything" }).view).toBeUndefined();
    expect(dashboardQuery({ period: "year", station: "s1", view: "lights" })).toBe(
      "?period=year&station=s1&view=lights",
    );
    expect(dashboardQuery({ period: "year", view: "overview" })).toBe("?period=year");
  });

  it("reads a custom range and falls back to the month when it is unusable", () => {
    expect(
      resolvePeriod(parseDashboardFilters({ period: "custom", from: "2026-01-01", to: "2026-01-31" }), now),
    ).toMatchObject({ kind: "custom", lastDay: "2026-01-31" });
    expect(
      resolvePeriod(parseDashboardFilters({ period: "custom", from: "2026-02-01", to: "2026-01-31" }), now),
    ).toMatchObject({ kind: "month" });
  });

  it("says why an unusable custom range was not used, and nothing for other periods", () => {
    const problem = (params: Record<string, string>) => rangeProblemOf(parseDashboardFilters(params));
    expect(problem({ period: "custom", from: "2026-02-01", to: "2026-01-31" })).toBe("reversed");
    expect(problem({ period: "custom", from: "2026-02-01" })).toBe("missing");
    expect(problem({ period: "custom", from: "2026-02-30", to: "2026-03-31" })).toBe("invalid");
    expect(problem({ period: "custom", from: "2020-01-01", to: "2026-01-31" })).toBe("tooLong");
    expect(problem({ period: "custom", from: "2026-01-01", to: "2026-01-31" })).toBeNull();
    expect(problem({ period: "year", from: "2026-02-01", to: "2026-01-31" })).toBeNull();
  });

  it("writes back only what differs from the defaults", () => {
    expect(dashboardQuery({ period: "month", station: "s1" })).toBe("?station=s1");
    expect(dashboardQuery({ period: "quarter", from: "2026-01-01" })).toBe("?period=quarter");
    expect(dashboardQuery({ period: "custom", from: "2026-01-01", to: "2026-01-31", officer: "u1" })).toBe(
      "?period=custom&from=2026-01-01&to=2026-01-31&officer=u1",
    );
  });
});
