// Every dashboard figure on a small county built by hand, whose answers are worked out below.
// "Now" is 10 April 2026, noon in Beijing; most checks look at March 2026 (China time).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/db/generated/enums";
import { countyFigures } from "@/lib/dashboard/figures";
import { countyBreakdowns, countyLists } from "@/lib/dashboard/tables";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { queueSummary } from "@/lib/dashboard/queue-summary";

const HOUR = 3_600_000;
const NOW = new Date("2026-04-10T04:00:00Z");
/** A Beijing wall-clock time as an instant. */
const cn = (local: string) => new Date(new Date(`${local}:00Z`).getTime() - 8 * HOUR);
const plus = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR);

const ids: Record<string, string> = {};
const users: Record<string, SessionUser> = {};
const scopeOf = (params: Record<string, string>) => dashboardScope(parseDashboardFilters(params), NOW);
const march = (more: Record<string, string> = {}) => scopeOf({ period: "custom", from: "2026-03-01", to: "2026-03-31", ...more });

async function user(username: string, role: Role, extra: { stationId?: string; enterpriseId?: string } = {}) {
  const u = await getDb().user.create({ data: { bureauId: ids.bureau!, username, name: username, passwordHash: "-", role, ...extra } });
  ids[username] = u.id;
  users[username] = { id: u.id, username, name: username, role, bureauId: ids.bureau!, stationId: u.stationId, departmentId: null, enterpriseId: u.enterpriseId };
}

let seq = 0;
async function ticket(enterprise: string, category: "THEFT_CRIME" | "OTHER" | "DISPUTE", createdAt: Date, t: { accepted?: number; resolved?: number; status: string; resolveHours?: number; escalatedAt?: Date; closedAt?: Date }) {
  const acceptDueAt = plus(createdAt, 4);
  const resolveDueAt = plus(createdAt, t.resolveHours ?? 72);
  const open = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED"].includes(t.status);
  const row = await getDb().ticket.create({
    data: {
      bureauId: ids.bureau!,
      number: `DB-2026-${String(++seq).padStart(6, "0")}`,
      enterpriseId: ids[enterprise]!,
      category,
      title: `问题 ${seq}`,
      description: "测试数据",
      status: t.status as "SUBMITTED",
      createdById: ids.liaison!,
      createdAt,
      acceptDueAt,
      resolveDueAt,
      dueAt: !open ? null : t.status === "SUBMITTED" ? acceptDueAt : resolveDueAt,
      acceptedAt: t.accepted === undefined ? null : plus(createdAt, t.accepted),
      resolvedAt: t.resolved === undefined ? null : plus(createdAt, t.resolved),
      closedAt: t.closedAt ?? null,
      escalatedAt: t.escalatedAt ?? null,
    },
  });
  return row.id;
}

async function rated(ticketId: string, rating: number, at: Date) {
  await getDb().ticketEvent.create({ data: { ticketId, actorId: ids.liaison!, kind: "RATED", data: { rating }, createdAt: at } });
}

beforeAll(async () => {
  const db = getDb();
  ids.bureau = (await db.bureau.create({ data: { code: "DBX", name: "测试县公安局", nameEn: "Test County PSB" } })).id;
  for (const s of ["S1", "S2", "S3"]) ids[s] = (await db.station.create({ data: { bureauId: ids.bureau, code: `DBX-${s}`, name: `${s}派出所`, nameEn: s } })).id;
  for (const [w, s] of [["W1", "S1"], ["W2", "S2"]] as const) {
    ids[w] = (await db.workstation.create({ data: { bureauId: ids.bureau, stationId: ids[s]!, code: `DBX-${w}`, name: `${w}工作站`, nameEn: w, park: "园区", parkEn: "Park", cluster: "IT" } })).id;
  }
  await user("o1", "OFFICER", { stationId: ids.S1 });
  await user("o2", "OFFICER", { stationId: ids.S2 });
  await user("chief", "CHIEF");
  await user("admin", "ADMIN");
  const enterprise = async (key: string, ws: string, officer: string | null, active = true) => {
    ids[key] = (await db.enterprise.create({
      data: { bureauId: ids.bureau!, workstationId: ids[ws]!, name: `${key}企业`, creditCode: `DBX${key}`, industry: "制造", responsibleOfficerId: officer ? ids[officer]! : null, active },
    })).id;
  };
  await enterprise("E1", "W1", "o1");
  await enterprise("E2", "W1", null);
  await enterprise("E3", "W2", "o2");
  await enterprise("E4", "W2", "o2", false);
  await user("liaison", "LIAISON", { enterpriseId: ids.E1 });

  // Tickets. March cohort: T1–T4; T5 is February's, T6 April's (each a minute from midnight).
  const t1 = await ticket("E1", "THEFT_CRIME", cn("2026-03-01T00:01"), { accepted: 1, resolved: 24, status: "CLOSED", closedAt: cn("2026-03-02T06:01") });
  await ticket("E1", "THEFT_CRIME", cn("2026-03-10T10:00"), { accepted: 5, resolved: 100, status: "RESOLVED" });
  await ticket("E1", "OTHER", cn("2026-03-31T23:59"), { status: "SUBMITTED" });
  await ticket("E3", "DISPUTE", cn("2026-03-20T10:00"), { accepted: 2, status: "IN_PROGRESS", resolveHours: 720, escalatedAt: cn("2026-03-21T10:00") });
  const t5 = await ticket("E1", "OTHER", cn("2026-02-28T23:59"), { accepted: 1, resolved: 34 + 1 / 60, status: "CLOSED", closedAt: cn("2026-03-03T12:00") });
  await ticket("E1", "OTHER", cn("2026-04-01T00:01"), { status: "SUBMITTED" });
  await rated(t1, 5, cn("2026-03-02T06:01"));
  await rated(t5, 2, cn("2026-03-02T12:00"));
  await rated(t5, 4, cn("2026-03-03T12:00"));
  // A rating given a minute after March ended belongs to April.
  await rated(t5, 1, cn("2026-04-01T00:01"));

  // Hazards.
  const hazard = (enterprise: string, createdAt: Date, status: "LISTED" | "RECTIFYING" | "PENDING_VERIFICATION" | "CLOSED", deadline: Date, closedAt?: Date) =>
    db.hazard.create({ data: { bureauId: ids.bureau!, enterpriseId: ids[enterprise]!, description: "隐患", status, deadline, listedById: ids.o1!, createdAt, closedAt: closedAt ?? null } });
  await hazard("E1", cn("2026-03-05T09:00"), "LISTED", cn("2026-03-20T18:00"));
  await hazard("E1", cn("2026-03-06T09:00"), "CLOSED", cn("2026-04-30T18:00"), cn("2026-03-25T09:00"));
  await hazard("E1", cn("2026-02-10T09:00"), "RECTIFYING", cn("2026-05-01T18:00"));
  await hazard("E3", cn("2026-03-31T23:59"), "PENDING_VERIFICATION", cn("2026-04-05T18:00"));

  // Disputes.
  const dispute = (station: string, enterprise: string | null, createdAt: Date, status: "OPEN" | "MEDIATING" | "RESOLVED" | "UNRESOLVED", closedAt?: Date, escalationRisk = false) =>
    db.dispute.create({
      data: { bureauId: ids.bureau!, stationId: ids[station]!, enterpriseId: enterprise ? ids[enterprise]! : null, kind: "LABOR", parties: "甲乙", description: "纠纷", status, closedAt: closedAt ?? null, escalationRisk, recordedById: ids.o1!, createdAt },
    });
  await dispute("S1", "E1", cn("2026-03-03T09:00"), "RESOLVED", cn("2026-03-10T09:00"));
  await dispute("S1", null, cn("2026-03-04T09:00"), "UNRESOLVED", cn("2026-03-12T09:00"));
  await dispute("S2", "E3", cn("2026-03-05T09:00"), "MEDIATING", undefined, true);
  await dispute("S1", "E1", cn("2026-02-20T09:00"), "RESOLVED", cn("2026-03-01T10:00"));
  await dispute("S1", "E2", cn("2026-03-08T09:00"), "OPEN", undefined, true);

  // Visits: E1 within the 30-day cadence at the end of March and on 10 April; E3 last seen in February.
  await db.visit.create({ data: { bureauId: ids.bureau, enterpriseId: ids.E1!, officerId: ids.o1!, visitedAt: cn("2026-03-20T10:00"), kind: "ROUTINE" } });
  await db.visit.create({ data: { bureauId: ids.bureau, enterpriseId: ids.E3!, officerId: ids.o2!, visitedAt: cn("2026-02-10T10:00"), kind: "ROUTINE" } });
});

describe("headline figures", () => {
  it("counts March's tickets in China time", async () => {
    const { tickets } = await countyFigures(users.chief!, march(), NOW);
    expect(tickets).toMatchObject({ received: 4, resolved: 3, open: 3, overdue: 2, escalations: 1, acceptDue: 4, acceptOnTime: 2, resolveDue: 3, resolveOnTime: 1 });
    expect(tickets.onTimeAcceptance).toBe(0.5);
    expect(tickets.onTimeResolution).toBeCloseTo(1 / 3);
    expect(tickets.medianResolveHours).toBeCloseTo(34 + 1 / 60, 4);
    expect(tickets).toMatchObject({ ratings: 3, lowRatingShare: 1 / 3 });
    expect(tickets.averageRating).toBeCloseTo(11 / 3);
  });

  it("puts 23:59 and 00:01 around a month boundary on either side", async () => {
    const feb = await countyFigures(users.chief!, scopeOf({ period: "custom", from: "2026-02-01", to: "2026-02-28" }), NOW);
    expect(feb.tickets.received).toBe(1);
    const april = await countyFigures(users.chief!, scopeOf({ period: "month" }), NOW);
    expect(april.tickets).toMatchObject({ received: 1, resolved: 0, ratings: 1, lowRatingShare: 1, escalations: 0 });
    expect(april.hazards.listed).toBe(0);
    const lastDay = await countyFigures(users.chief!, scopeOf({ period: "custom", from: "2026-03-31", to: "2026-03-31" }), NOW);
    expect(lastDay.tickets.received).toBe(1);
    expect(lastDay.hazards.listed).toBe(1);
  });

  it("gives nothing-yet figures for an empty period, not zeros that look like failures", async () => {
    const { tickets, hazards, disputes } = await countyFigures(users.chief!, scopeOf({ period: "custom", from: "2025-01-01", to: "2025-01-31" }), NOW);
    expect(tickets).toMatchObject({ received: 0, resolved: 0, escalations: 0, onTimeAcceptance: null, onTimeResolution: null, medianResolveHours: null, averageRating: null, lowRatingShare: null });
    // Open and overdue are as of now, whatever the period.
    expect(tickets).toMatchObject({ open: 3, overdue: 2 });
    expect(hazards).toMatchObject({ listed: 0, closed: 0, overdue: 2 });
    expect(disputes).toMatchObject({ recorded: 0, resolved: 0, resolutionRate: null, openAtRisk: 2 });
  });

  it("counts hazards, disputes and coverage", async () => {
    const { hazards, disputes, coverage } = await countyFigures(users.chief!, march(), NOW);
    expect(hazards).toEqual({ listed: 3, closed: 1, overdue: 2, byStatus: { LISTED: 1, RECTIFYING: 1, PENDING_VERIFICATION: 1, CLOSED: 1 } });
    expect(disputes).toMatchObject({ recorded: 4, resolved: 2, unresolved: 1, openAtRisk: 2 });
    expect(disputes.resolutionRate).toBeCloseTo(2 / 3);
    expect(coverage).toEqual({ enterprises: 3, covered: 2, visitedInCadence: 1, cadenceDays: 30 });
  });

  it("narrows to a station, a workstation or an officer, and a station with no data has zeros", async () => {
    const s2 = await countyFigures(users.chief!, march({ station: ids.S2! }), NOW);
    expect(s2.tickets).toMatchObject({ received: 1, resolved: 0, open: 1, overdue: 0, escalations: 1, ratings: 0, averageRating: null });
    expect(s2.hazards).toMatchObject({ listed: 1, overdue: 1 });
    expect(s2.disputes).toMatchObject({ recorded: 1, resolved: 0, resolutionRate: null, openAtRisk: 1 });
    expect(s2.coverage).toMatchObject({ enterprises: 1, covered: 1, visitedInCadence: 0 });
    const s3 = await countyFigures(users.chief!, march({ station: ids.S3! }), NOW);
    expect(s3.tickets).toMatchObject({ received: 0, resolved: 0, open: 0, overdue: 0, escalations: 0, onTimeResolution: null });
    expect(s3.hazards).toMatchObject({ listed: 0, closed: 0, overdue: 0 });
    expect(s3.disputes).toMatchObject({ recorded: 0, openAtRisk: 0 });
    expect(s3.coverage).toMatchObject({ enterprises: 0, covered: 0, visitedInCadence: 0 });
    const w1 = await countyFigures(users.chief!, march({ workstation: ids.W1! }), NOW);
    expect(w1.tickets).toMatchObject({ received: 3, resolved: 3 });
    // The dispute without an enterprise belongs to no workstation.
    expect(w1.disputes).toMatchObject({ recorded: 2, resolved: 2, unresolved: 0, resolutionRate: 1, openAtRisk: 1 });
    const o2 = await countyFigures(users.chief!, march({ officer: ids.o2! }), NOW);
    expect(o2.tickets).toMatchObject({ received: 1, escalations: 1 });
    expect(o2.coverage).toMatchObject({ enterprises: 1, covered: 1 });
  });

  it("measures visit coverage at the period's end, or now for the running month", async () => {
    const april = await countyFigures(users.chief!, scopeOf({ period: "month" }), NOW);
    expect(april.coverage.visitedInCadence).toBe(1);
    const feb = await countyFigures(users.chief!, scopeOf({ period: "custom", from: "2026-02-01", to: "2026-02-28" }), NOW);
    // On 28 February E3's visit of the 10th was within 30 days; E1 had not been visited yet.
    expect(feb.coverage.visitedInCadence).toBe(1);
  });
});

describe("breakdowns and lists", () => {
  it("charts the weeks of March (Monday-first, China time) and the categories", async () => {
    const { trend, categories, hazardStatus } = await countyBreakdowns(users.chief!, march(), NOW);
    expect(trend).toEqual([
      { week: "2026-02-23", received: 1, resolved: 0 },
      { week: "2026-03-02", received: 0, resolved: 2 },
      { week: "2026-03-09", received: 1, resolved: 1 },
      { week: "2026-03-16", received: 1, resolved: 0 },
      { week: "2026-03-23", received: 0, resolved: 0 },
      { week: "2026-03-30", received: 1, resolved: 0 },
    ]);
    expect(categories).toEqual([
      { category: "THEFT_CRIME", received: 2, resolved: 2 },
      { category: "DISPUTE", received: 1, resolved: 0 },
      { category: "OTHER", received: 1, resolved: 1 },
    ]);
    expect(hazardStatus).toEqual({ LISTED: 1, RECTIFYING: 1, PENDING_VERIFICATION: 1, CLOSED: 1 });
  });

  it("lights stations and officers, quiet ones included", async () => {
    const { stations, workstations, officers } = await countyBreakdowns(users.chief!, march(), NOW);
    expect(stations.map((s) => [s.name, s.tickets.received, s.overdueItems, s.lights.light])).toEqual([
      ["S1派出所", 3, 3, "red"],
      ["S2派出所", 1, 1, "amber"],
      ["S3派出所", 0, 0, "green"],
    ]);
    expect(stations[0]!.tickets.averageRating).toBeCloseTo(11 / 3);
    expect(workstations.map((w) => [w.name, w.tickets.resolved])).toEqual([["W1工作站", 3], ["W2工作站", 0]]);
    expect(officers.map((o) => [o.name, o.tickets.received, o.overdueItems, o.lights.light])).toEqual([
      ["o1", 3, 3, "red"],
      ["o2", 1, 1, "amber"],
    ]);
  });

  it("lists overdue and escalated tickets, unvisited and uncovered enterprises", async () => {
    const lists = await countyLists(users.chief!, march(), NOW);
    expect(lists.overdue.total).toBe(2);
    expect(lists.overdue.rows.map((r) => r.title)).toEqual(["问题 3", "问题 6"]);
    expect(lists.escalated.rows.map((r) => r.title)).toEqual(["问题 4"]);
    expect(lists.notVisited.rows.map((r) => [r.name, r.lastVisitAt?.toISOString() ?? null])).toEqual([
      ["E2企业", null],
      ["E3企业", cn("2026-02-10T10:00").toISOString()],
    ]);
    expect(lists.uncovered.rows.map((r) => r.name)).toEqual(["E2企业"]);
    const s3 = await countyLists(users.chief!, march({ station: ids.S3! }), NOW);
    expect([s3.overdue.total, s3.escalated.total, s3.notVisited.total, s3.uncovered.total]).toEqual([0, 0, 0, 0]);
  });
});

describe("who may see the county figures", () => {
  it.each(["o1", "liaison", "admin"])("%s is refused", async (name) => {
    await expect(countyFigures(users[name]!, march(), NOW)).rejects.toThrow("errors.forbidden");
    await expect(countyBreakdowns(users[name]!, march(), NOW)).rejects.toThrow("errors.forbidden");
    await expect(countyLists(users[name]!, march(), NOW)).rejects.toThrow("errors.forbidden");
  });
});

// Runs last: it adds tickets that the figures above do not expect.
describe("an officer's queue summary", () => {
  it("counts new, overdue and due-before-Beijing-midnight tickets of the officer's own enterprises", async () => {
    expect(await queueSummary(users.o1!, NOW)).toEqual({ fresh: 2, overdue: 2, dueToday: 0 });
    // Due at 13:00 today, and at 00:01 tomorrow (Beijing time).
    await ticket("E1", "OTHER", cn("2026-04-10T09:00"), { status: "SUBMITTED" });
    await ticket("E1", "OTHER", cn("2026-04-10T20:01"), { status: "SUBMITTED" });
    expect(await queueSummary(users.o1!, NOW)).toEqual({ fresh: 4, overdue: 2, dueToday: 1 });
    expect(await queueSummary(users.o2!, NOW)).toEqual({ fresh: 0, overdue: 0, dueToday: 0 });
  });
});
