// The dashboards serve their figures again for DASHBOARD_CACHE_SECONDS (30 by default): a change made
// through this server's actions shows at once, one made elsewhere (another server, a job) once the
// figures expire. Each county's figures stay its own, and only those the policy admits get them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { clearFiguresCache } from "@/lib/cache/figures-cache";
import { cachedCityCountyRows, cityCountyRows } from "@/lib/dashboard/city-figures";
import { cachedCountyView, countyView } from "@/lib/dashboard/county-view";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { ticketActions } from "@/lib/tickets/actions-def";
import { enterpriseActions } from "@/lib/enterprises/actions-def";
import { createTicket } from "@/lib/tickets/commands";
import { clock, setClock } from "@/lib/time/clock";
import { runAs } from "../support/actions";
import { loadDemo, sessionUserOf } from "../support/demo";

const START = new Date("2026-03-10T10:00:00+08:00");
const users = {} as Record<"chief" | "pdChief" | "city" | "officer1" | "liaison1" | "admin", SessionUser>;
const ticket = (title: string) =>
  ({ category: "SECURITY_HAZARD", priority: "NORMAL", title, description: "门禁坏了三天", location: "" }) as const;
const month = () => dashboardScope(parseDashboardFilters({}), clock.now());
const seconds = (n: number) => new Date(START.getTime() + n * 1000);

beforeAll(async () => {
  setClock(START);
  await loadDemo();
  for (const [key, username] of [
    ["chief", "chief"],
    ["pdChief", "pd-chief"],
    ["city", "city"],
    ["officer1", "officer1"],
    ["liaison1", "liaison1"],
    ["admin", "admin"],
  ] as const)
    users[key] = await sessionUserOf(username);
});

beforeEach(() => {
  clearFiguresCache();
  setClock(START);
});

// Back to the system clock (restoring any setClock call does that).
afterAll(() => setClock(START)());

describe("the chief's dashboard", () => {
  it("serves the figures again until they expire, then reads a change made elsewhere", async () => {
    const first = await cachedCountyView(users.chief, month());
    expect(first.value).toEqual(await countyView(users.chief, month()));
    expect(first.asOf).toEqual(START);
    const received = first.value.figures.tickets.received;

    // Filed past this server's actions, as another server or a job would.
    await createTicket(users.liaison1, ticket("另一台服务器上报的问题"));
    setClock(seconds(29));
    const again = await cachedCountyView(users.chief, month());
    expect(again.asOf).toEqual(START);
    expect(again.value.figures.tickets.received).toBe(received);

    setClock(seconds(31));
    const later = await cachedCountyView(users.chief, month());
    expect(later.asOf).toEqual(seconds(31));
    expect(later.value.figures.tickets.received).toBe(received + 1);
  });

  it("shows a change made through this server's actions at once", async () => {
    const first = await cachedCountyView(users.chief, month());
    const filed = await runAs(users.liaison1, ticketActions.create, ticket("本服务器上报的问题"));
    expect(filed.ok).toBe(true);
    setClock(seconds(1));
    const next = await cachedCountyView(users.chief, month());
    expect(next.asOf).toEqual(seconds(1));
    expect(next.value.figures.tickets.received).toBe(first.value.figures.tickets.received + 1);
    expect(next.value).toEqual(await countyView(users.chief, month()));
  });

  it("keeps serving them after an action that only reads (a picker's search)", async () => {
    const first = await cachedCountyView(users.chief, month());
    const found = await runAs(users.officer1, enterpriseActions.find, { q: "青岛" });
    expect(found.ok).toBe(true);
    setClock(seconds(1));
    expect((await cachedCountyView(users.chief, month())).asOf).toEqual(first.asOf);
  });

  it("keeps a county's figures to its own chiefs, and each filter's apart", async () => {
    const laixi = await cachedCountyView(users.chief, month());
    const pingdu = await cachedCountyView(users.pdChief, month());
    expect(pingdu.value).toEqual(await countyView(users.pdChief, month()));
    expect(pingdu.value).not.toEqual(laixi.value);
    const year = dashboardScope(parseDashboardFilters({ period: "year" }), clock.now());
    expect((await cachedCountyView(users.chief, year)).value).toEqual(await countyView(users.chief, year));
  });

  it.each(["officer1", "liaison1", "admin", "city"] as const)("refuses %s, cached or not", async (name) => {
    await cachedCountyView(users.chief, month());
    await expect(cachedCountyView(users[name], month())).rejects.toThrow("errors.forbidden");
  });
});

describe("the city's dashboard", () => {
  it("serves the county rows again until a change through this server or their expiry", async () => {
    const scope = month();
    const first = await cachedCityCountyRows(users.city, scope);
    expect(first.value).toEqual(await cityCountyRows(users.city, scope));
    const received = (rows: typeof first.value) => rows.reduce((n, row) => n + row.tickets.received, 0);

    await createTicket(users.liaison1, ticket("另一台服务器上报的问题"));
    expect(received((await cachedCityCountyRows(users.city, scope)).value)).toBe(received(first.value));
    setClock(seconds(31));
    expect(received((await cachedCityCountyRows(users.city, scope)).value)).toBe(received(first.value) + 1);

    expect((await runAs(users.liaison1, ticketActions.create, ticket("本服务器上报的问题"))).ok).toBe(true);
    expect(received((await cachedCityCountyRows(users.city, scope)).value)).toBe(received(first.value) + 2);
  });

  it.each(["chief", "officer1", "admin"] as const)("refuses %s, cached or not", async (name) => {
    await cachedCityCountyRows(users.city, month());
    await expect(cachedCityCountyRows(users[name], month())).rejects.toThrow("errors.forbidden");
  });
});
