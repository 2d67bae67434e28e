// Every dashboard figure on a small county built by hand, whose answers are worked out below.
// "Now" is 10 April 2026, noon in Beijing; most checks look at March 2026 (China time).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PatrolKind, ResidencyStatus, Role } from "@/lib/db/generated/enums";
import { adminFigures } from "@/lib/dashboard/county-figures";
import { countyFigures } from "@/lib/dashboard/figures";
import { countyBreakdowns, countyLists } from "@/lib/dashboard/tables";
import { escalatedTickets, overdueTickets } from "@/lib/dashboard/lists";
import { countyView } from "@/lib/dashboard/county-view";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { queueSummary } from "@/lib/dashboard/queue-summary";
import { liaisonDesk, officerDesk } from "@/lib/dashboard/desks";
import { patrolFigures } from "@/lib/patrols/figures";
import { residencyFigures } from "@/lib/residency/figures";
import { addDays, dbDate, monthOf, monthStart, todayInChina } from "@/lib/patrols/dates";
import { bulletinText } from "@/components/dashboard/bulletin-text";
import { exportTables, type ExportLabels } from "@/lib/dashboard/export-tables";
import { writeWorkbook } from "@/lib/spreadsheet/write-workbook";
import { HOUR_MS, parseChinaDateTime } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { figureLinks } from "@/lib/dashboard/drill-down";
import { parseUrlFilters } from "@/lib/forms/url-filters";
import { parseTicketFilters } from "@/lib/tickets/filters";
import { listTicketsForUser } from "@/lib/tickets/list";
import { hazardFilters } from "@/lib/hazards/filters";
import { listHazards } from "@/lib/hazards/queries";
import { residencyFilters } from "@/lib/residency/filters";
import { listRequests } from "@/lib/residency/queries";

const NOW = new Date("2026-04-10T12:00:00+08:00");
/** A Beijing wall-clock time as an instant. */
const cn = (local: string) => parseChinaDateTime(local)!;
const plus = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR_MS);

// The desks read "today" and "from now on" from the clock: fixed at NOW, the nights and bookings
// made around it below are the same on any day the test runs.
let restoreClock: () => void;
beforeAll(() => {
  restoreClock = setClock(NOW);
});
afterAll(() => restoreClock());

const ids: Record<string, string> = {};
const users: Record<string, SessionUser> = {};
const scopeOf = (params: Record<string, string>) => dashboardScope(parseDashboardFilters(params), NOW);
const march = (more: Record<string, string> = {}) =>
  scopeOf({ period: "custom", from: "2026-03-01", to: "2026-03-31", ...more });

async function user(username: string, role: Role, extra: { stationId?: string; enterpriseId?: string } = {}) {
  const u = await getDb().user.create({
    data: { bureauId: ids.bureau!, username, name: username, passwordHash: "-", role, ...extra },
  });
  ids[username] = u.id;
  users[username] = {
    id: u.id,
    username,
    name: username,
    role,
    bureauId: ids.bureau!,
    stationId: u.stationId,
    departmentId: null,
    enterpriseId: u.enterpriseId,
  };
}

let seq = 0;
async function ticket(
  enterprise: string,
  category: "THEFT_CRIME" | "OTHER" | "DISPUTE",
  createdAt: Date,
  t: {
    accepted?: number;
    resolved?: number;
    status: string;
    resolveHours?: number;
    escalatedAt?: Date;
    closedAt?: Date;
  },
) {
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
  await getDb().ticketEvent.create({
    data: { ticketId, actorId: ids.liaison!, kind: "RATED", data: { rating }, createdAt: at },
  });
}

beforeAll(async () => {
  const db = getDb();
  ids.bureau = (await db.bureau.create({ data: { code: "DBX", name: "测试县公安局", nameEn: "Test County PSB" } })).id;
  for (const s of ["S1", "S2", "S3"])
    ids[s] = (
      await db.station.create({ data: { bureauId: ids.bureau, code: `DBX-${s}`, name: `${s}派出所`, nameEn: s } })
    ).id;
  for (const [w, s] of [
    ["W1", "S1"],
    ["W2", "S2"],
  ] as const) {
    ids[w] = (
      await db.workstation.create({
        data: {
          bureauId: ids.bureau,
          stationId: ids[s]!,
          code: `DBX-${w}`,
          name: `${w}工作站`,
          nameEn: w,
          park: "园区",
          parkEn: "Park",
          cluster: "IT",
        },
      })
    ).id;
  }
  await user("o1", "OFFICER", { stationId: ids.S1 });
  await user("o2", "OFFICER", { stationId: ids.S2 });
  await user("chief", "CHIEF");
  await user("admin", "ADMIN");
  const enterprise = async (key: string, ws: string, officer: string | null, active = true) => {
    ids[key] = (
      await db.enterprise.create({
        data: {
          bureauId: ids.bureau!,
          workstationId: ids[ws]!,
          name: `${key}企业`,
          creditCode: `DBX${key}`,
          industry: "制造",
          responsibleOfficerId: officer ? ids[officer]! : null,
          active,
        },
      })
    ).id;
  };
  await enterprise("E1", "W1", "o1");
  await enterprise("E2", "W1", null);
  await enterprise("E3", "W2", "o2");
  await enterprise("E4", "W2", "o2", false);
  await user("liaison", "LIAISON", { enterpriseId: ids.E1 });

  // Tickets. March cohort: T1–T4; T5 is February's, T6 April's (each a minute from midnight).
  const t1 = await ticket("E1", "THEFT_CRIME", cn("2026-03-01T00:01"), {
    accepted: 1,
    resolved: 24,
    status: "CLOSED",
    closedAt: cn("2026-03-02T06:01"),
  });
  await ticket("E1", "THEFT_CRIME", cn("2026-03-10T10:00"), { accepted: 5, resolved: 100, status: "RESOLVED" });
  await ticket("E1", "OTHER", cn("2026-03-31T23:59"), { status: "SUBMITTED" });
  await ticket("E3", "DISPUTE", cn("2026-03-20T10:00"), {
    accepted: 2,
    status: "IN_PROGRESS",
    resolveHours: 720,
    escalatedAt: cn("2026-03-21T10:00"),
  });
  const t5 = await ticket("E1", "OTHER", cn("2026-02-28T23:59"), {
    accepted: 1,
    resolved: 34 + 1 / 60,
    status: "CLOSED",
    closedAt: cn("2026-03-03T12:00"),
  });
  await ticket("E1", "OTHER", cn("2026-04-01T00:01"), { status: "SUBMITTED" });
  await rated(t1, 5, cn("2026-03-02T06:01"));
  await rated(t5, 2, cn("2026-03-02T12:00"));
  await rated(t5, 4, cn("2026-03-03T12:00"));
  // A rating given a minute after March ended belongs to April.
  await rated(t5, 1, cn("2026-04-01T00:01"));

  // Hazards.
  const hazard = (
    enterprise: string,
    createdAt: Date,
    status: "LISTED" | "RECTIFYING" | "PENDING_VERIFICATION" | "CLOSED",
    deadline: Date,
    closedAt?: Date,
  ) =>
    db.hazard.create({
      data: {
        bureauId: ids.bureau!,
        enterpriseId: ids[enterprise]!,
        description: "隐患",
        status,
        deadline,
        listedById: ids.o1!,
        createdAt,
        closedAt: closedAt ?? null,
      },
    });
  await hazard("E1", cn("2026-03-05T09:00"), "LISTED", cn("2026-03-20T18:00"));
  await hazard("E1", cn("2026-03-06T09:00"), "CLOSED", cn("2026-04-30T18:00"), cn("2026-03-25T09:00"));
  await hazard("E1", cn("2026-02-10T09:00"), "RECTIFYING", cn("2026-05-01T18:00"));
  await hazard("E3", cn("2026-03-31T23:59"), "PENDING_VERIFICATION", cn("2026-04-05T18:00"));

  // Disputes.
  const dispute = (
    station: string,
    enterprise: string | null,
    createdAt: Date,
    status: "OPEN" | "MEDIATING" | "RESOLVED" | "UNRESOLVED",
    closedAt?: Date,
    escalationRisk = false,
  ) =>
    db.dispute.create({
      data: {
        bureauId: ids.bureau!,
        stationId: ids[station]!,
        enterpriseId: enterprise ? ids[enterprise]! : null,
        kind: "LABOR",
        parties: "甲乙",
        description: "纠纷",
        status,
        closedAt: closedAt ?? null,
        escalationRisk,
        recordedById: ids.o1!,
        createdAt,
      },
    });
  await dispute("S1", "E1", cn("2026-03-03T09:00"), "RESOLVED", cn("2026-03-10T09:00"));
  await dispute("S1", null, cn("2026-03-04T09:00"), "UNRESOLVED", cn("2026-03-12T09:00"));
  await dispute("S2", "E3", cn("2026-03-05T09:00"), "MEDIATING", undefined, true);
  await dispute("S1", "E1", cn("2026-02-20T09:00"), "RESOLVED", cn("2026-03-01T10:00"));
  await dispute("S1", "E2", cn("2026-03-08T09:00"), "OPEN", undefined, true);

  // Visits: E1 within the 30-day cadence at the end of March and on 10 April; E3 last seen in February.
  await db.visit.create({
    data: {
      bureauId: ids.bureau,
      enterpriseId: ids.E1!,
      officerId: ids.o1!,
      visitedAt: cn("2026-03-20T10:00"),
      kind: "ROUTINE",
    },
  });
  await db.visit.create({
    data: {
      bureauId: ids.bureau,
      enterpriseId: ids.E3!,
      officerId: ids.o2!,
      visitedAt: cn("2026-02-10T10:00"),
      kind: "ROUTINE",
    },
  });
});

// Patrols and residency. March's nights: S1's team ran 1 March (foot) and 31 March (video, finding
// E1's listed hazard); S2's team ran 10 March (vehicle). Nights outside March, planned or cancelled
// ones add nothing. Residency: three requests completed in March, two through the green channel.
beforeAll(async () => {
  const db = getDb();
  const team = async (key: string, station: string, lead: string, members: string[]) => {
    ids[key] = (
      await db.patrolTeam.create({
        data: {
          bureauId: ids.bureau!,
          stationId: ids[station]!,
          name: `${key}巡防队`,
          leadOfficerId: ids[lead]!,
          routeName: `${key}路线`,
          checkpoints: ["东门"],
          members: { create: members.map((e) => ({ enterpriseId: ids[e]! })) },
        },
      })
    ).id;
  };
  await team("P1", "S1", "o1", ["E1", "E2"]);
  await team("P2", "S2", "o2", ["E3"]);
  const rotas = new Map<string, string>();
  const rota = async (teamKey: string, date: string, status: "DRAFT" | "PUBLISHED") => {
    const key = `${teamKey}:${monthOf(date)}`;
    if (!rotas.has(key))
      rotas.set(
        key,
        (await db.patrolRota.create({ data: { teamId: ids[teamKey]!, month: monthStart(monthOf(date)), status } })).id,
      );
    return rotas.get(key)!;
  };
  const night = async (
    teamKey: string,
    date: string,
    lead: string,
    enterprises: string[],
    o: {
      status?: "PLANNED" | "DONE" | "CANCELLED";
      rota?: "DRAFT" | "PUBLISHED";
      log?: { kind: PatrolKind; guards: number; persons: number; vehicles: number };
    } = {},
  ) => {
    const shift = await db.patrolShift.create({
      data: {
        bureauId: ids.bureau!,
        teamId: ids[teamKey]!,
        rotaId: await rota(teamKey, date, o.rota ?? "PUBLISHED"),
        date: dbDate(date),
        leadOfficerId: ids[lead]!,
        status: o.status ?? "PLANNED",
        enterprises: { create: enterprises.map((e) => ({ enterpriseId: ids[e]! })) },
      },
    });
    if (o.log) {
      const at = cn(`${date}T22:00`);
      const log = await db.patrolLog.create({
        data: {
          shiftId: shift.id,
          kind: o.log.kind,
          startedAt: at,
          endedAt: plus(at, 3),
          checkpointsPassed: ["东门"],
          guardPersonTimes: o.log.guards,
          personsChecked: o.log.persons,
          vehiclesChecked: o.log.vehicles,
          recordedById: ids[lead]!,
        },
      });
      return { shift: shift.id, log: log.id };
    }
    return { shift: shift.id, log: null };
  };
  const done = (kind: PatrolKind, guards: number, persons: number, vehicles: number) => ({
    status: "DONE" as const,
    log: { kind, guards, persons, vehicles },
  });
  await night("P1", "2026-03-01", "o1", ["E1", "E2"], done("FOOT", 6, 4, 2));
  const lastNight = await night("P1", "2026-03-31", "o1", ["E1", "E2"], done("VIDEO", 3, 1, 0));
  await night("P1", "2026-04-01", "o1", ["E1", "E2"], done("FOOT", 100, 100, 100));
  await night("P1", "2026-03-15", "o1", ["E1", "E2"]);
  await night("P1", "2026-03-16", "o1", ["E1", "E2"], { status: "CANCELLED" });
  await night("P2", "2026-03-10", "o2", ["E3"], done("VEHICLE", 5, 7, 9));
  await night("P2", "2026-02-28", "o2", ["E3"], done("FOOT", 50, 50, 50));
  // The hazard listed on 5 March turns out to have been found on the 31 March patrol.
  await db.hazard.updateMany({
    where: { enterpriseId: ids.E1!, createdAt: cn("2026-03-05T09:00") },
    data: { patrolLogId: lastNight.log },
  });

  // Nights around today (10 April): E1 is on P1's tonight and in two days; E2
  // alone on tomorrow; a night of a draft rota is not settled yet; P2 (E3, led by o2) also runs tonight.
  const today = todayInChina();
  ids.tonightP1 = (await night("P1", today, "o1", ["E1", "E2"])).shift;
  ids.tomorrowP1 = (await night("P1", addDays(today, 1), "o1", ["E2"])).shift;
  ids.soonP1 = (await night("P1", addDays(today, 2), "o1", ["E1"])).shift;
  ids.draftP1 = (await night("P1", addDays(today, 40), "o1", ["E1"], { rota: "DRAFT" })).shift;
  ids.tonightP2 = (await night("P2", today, "o2", ["E3"])).shift;

  let n = 0;
  const request = async (
    enterprise: string,
    status: ResidencyStatus,
    o: { green?: boolean; completedAt?: Date; kind?: "RESIDENCE_PERMIT" | "TALENT_SETTLEMENT" } = {},
  ) =>
    (
      await db.residencyRequest.create({
        data: {
          bureauId: ids.bureau!,
          number: `HZ-2026-${String(++n).padStart(6, "0")}`,
          enterpriseId: ids[enterprise]!,
          kind: o.kind ?? "RESIDENCE_PERMIT",
          applicantName: `申请人${n}`,
          applicantIdNumber: "370285199002030011",
          applicantPhone: "13800000000",
          serviceMode: "APPOINTMENT",
          greenChannel: o.green ?? false,
          status,
          createdById: ids.liaison!,
          submittedAt: status === "DRAFT" ? null : cn("2026-03-01T09:00"),
          completedAt: o.completedAt ?? null,
        },
      })
    ).id;
  await request("E1", "COMPLETED", { green: true, completedAt: cn("2026-03-31T23:59") });
  await request("E1", "COMPLETED", { completedAt: cn("2026-03-10T10:00") });
  await request("E3", "COMPLETED", { green: true, completedAt: cn("2026-03-15T10:00") });
  await request("E1", "COMPLETED", { green: true, completedAt: cn("2026-04-01T00:01") });
  ids.rSubmitted = await request("E1", "SUBMITTED");
  ids.rDraft = await request("E1", "DRAFT");
  ids.rSoon = await request("E1", "APPROVED", { kind: "TALENT_SETTLEMENT" });
  ids.rLater = await request("E1", "APPROVED");
  ids.rCancelled = await request("E1", "APPROVED");
  ids.rForeign = await request("E3", "UNDER_REVIEW");
  // Window bookings from now on: E3's is soonest, then E1's cancelled one, then rSoon, then rLater.
  // Slots start on the hour, as NOW does.
  const hour = clock.now().getTime();
  const booking = async (station: string, requestId: string, inHours: number, cancelled = false) => {
    const slot = await db.appointmentSlot.create({
      data: {
        bureauId: ids.bureau!,
        stationId: ids[station]!,
        startsAt: new Date(hour + inHours * HOUR_MS),
        endsAt: new Date(hour + (inHours + 1) * HOUR_MS),
        capacity: 2,
        booked: 1,
      },
    });
    await db.appointment.create({
      data: { slotId: slot.id, requestId, bookedById: ids.liaison!, cancelledAt: cancelled ? clock.now() : null },
    });
  };
  await booking("S2", ids.rForeign!, 2);
  await booking("S1", ids.rCancelled!, 3, true);
  await booking("S1", ids.rSoon!, 26);
  await booking("S1", ids.rLater!, 50);
});

/** A visit of E3 on 5 April, after March and February: the caller removes it again. */
const visitE3OnApril5 = () =>
  getDb().visit.create({
    data: {
      bureauId: ids.bureau!,
      enterpriseId: ids.E3!,
      officerId: ids.o2!,
      visitedAt: cn("2026-04-05T10:00"),
      kind: "ROUTINE",
    },
  });
describe("headline figures", () => {
  it("counts March's tickets in China time", async () => {
    const { tickets } = await countyFigures(users.chief!, march(), NOW);
    expect(tickets).toMatchObject({
      received: 4,
      resolved: 3,
      open: 3,
      overdue: 2,
      escalations: 1,
      acceptDue: 4,
      acceptOnTime: 2,
      resolveDue: 3,
      resolveOnTime: 1,
    });
    expect(tickets.onTimeAcceptance).toBe(0.5);
    expect(tickets.onTimeResolution).toBeCloseTo(1 / 3);
    // 24, 34 h 1 min and 100 h: the median counts whole hours, rounded down.
    expect(tickets.medianResolveHours).toBe(34);
    expect(tickets).toMatchObject({ ratings: 3, lowRatingShare: 1 / 3 });
    expect(tickets.averageRating).toBeCloseTo(11 / 3);
  });

  it("puts 23:59 and 00:01 around a month boundary on either side", async () => {
    const feb = await countyFigures(
      users.chief!,
      scopeOf({ period: "custom", from: "2026-02-01", to: "2026-02-28" }),
      NOW,
    );
    expect(feb.tickets.received).toBe(1);
    const april = await countyFigures(users.chief!, scopeOf({ period: "month" }), NOW);
    expect(april.tickets).toMatchObject({ received: 1, resolved: 0, ratings: 1, lowRatingShare: 1, escalations: 0 });
    expect(april.hazards.listed).toBe(0);
    const lastDay = await countyFigures(
      users.chief!,
      scopeOf({ period: "custom", from: "2026-03-31", to: "2026-03-31" }),
      NOW,
    );
    expect(lastDay.tickets.received).toBe(1);
    expect(lastDay.hazards.listed).toBe(1);
  });

  it("gives nothing-yet figures for an empty period, not zeros that look like failures", async () => {
    const { tickets, hazards, disputes } = await countyFigures(
      users.chief!,
      scopeOf({ period: "custom", from: "2025-01-01", to: "2025-01-31" }),
      NOW,
    );
    expect(tickets).toMatchObject({
      received: 0,
      resolved: 0,
      escalations: 0,
      onTimeAcceptance: null,
      onTimeResolution: null,
      medianResolveHours: null,
      averageRating: null,
      lowRatingShare: null,
    });
    // Open and overdue are as of now, whatever the period.
    expect(tickets).toMatchObject({ open: 3, overdue: 2 });
    expect(hazards).toMatchObject({ listed: 0, closed: 0, overdue: 2 });
    expect(disputes).toMatchObject({ recorded: 0, resolved: 0, resolutionRate: null, openAtRisk: 2 });
  });

  it("counts hazards, disputes and coverage", async () => {
    const { hazards, disputes, coverage } = await countyFigures(users.chief!, march(), NOW);
    expect(hazards).toEqual({
      listed: 3,
      closed: 1,
      overdue: 2,
      byStatus: { LISTED: 1, RECTIFYING: 1, PENDING_VERIFICATION: 1, CLOSED: 1 },
    });
    expect(disputes).toMatchObject({ recorded: 4, resolved: 2, unresolved: 1, openAtRisk: 2 });
    expect(disputes.resolutionRate).toBeCloseTo(2 / 3);
    expect(coverage).toEqual({ enterprises: 3, covered: 2, visitedInCadence: 1, cadenceDays: 30 });
  });

  it("narrows to a station, a workstation or an officer, and a station with no data has zeros", async () => {
    const s2 = await countyFigures(users.chief!, march({ station: ids.S2! }), NOW);
    expect(s2.tickets).toMatchObject({
      received: 1,
      resolved: 0,
      open: 1,
      overdue: 0,
      escalations: 1,
      ratings: 0,
      averageRating: null,
    });
    expect(s2.hazards).toMatchObject({ listed: 1, overdue: 1 });
    expect(s2.disputes).toMatchObject({ recorded: 1, resolved: 0, resolutionRate: null, openAtRisk: 1 });
    expect(s2.coverage).toMatchObject({ enterprises: 1, covered: 1, visitedInCadence: 0 });
    const s3 = await countyFigures(users.chief!, march({ station: ids.S3! }), NOW);
    expect(s3.tickets).toMatchObject({
      received: 0,
      resolved: 0,
      open: 0,
      overdue: 0,
      escalations: 0,
      onTimeResolution: null,
    });
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
    const feb = await countyFigures(
      users.chief!,
      scopeOf({ period: "custom", from: "2026-02-01", to: "2026-02-28" }),
      NOW,
    );
    // On 28 February E3's visit of the 10th was within 30 days; E1 had not been visited yet.
    expect(feb.coverage.visitedInCadence).toBe(1);

    // A visit after the period's end counts now, and leaves what February's view counted unchanged.
    const later = await visitE3OnApril5();
    try {
      const [aprilThen, febThen] = await Promise.all([
        countyFigures(users.chief!, scopeOf({ period: "month" }), NOW),
        countyFigures(users.chief!, scopeOf({ period: "custom", from: "2026-02-01", to: "2026-02-28" }), NOW),
      ]);
      expect([aprilThen.coverage.visitedInCadence, febThen.coverage.visitedInCadence]).toEqual([2, 1]);
    } finally {
      await getDb().visit.delete({ where: { id: later.id } });
    }
  });
});

describe("breakdowns and lists", () => {
  it("charts the weeks of March (Monday-first, China time) and the categories", async () => {
    const { trend, categories, hazardStatus } = (await countyView(users.chief!, march(), NOW)).breakdowns;
    expect(trend).toEqual({
      unit: "week",
      points: [
        { start: "2026-02-23", received: 1, resolved: 0 },
        { start: "2026-03-02", received: 0, resolved: 2 },
        { start: "2026-03-09", received: 1, resolved: 1 },
        { start: "2026-03-16", received: 1, resolved: 0 },
        { start: "2026-03-23", received: 0, resolved: 0 },
        { start: "2026-03-30", received: 1, resolved: 0 },
      ],
    });
    expect(categories).toEqual([
      { category: "THEFT_CRIME", received: 2, resolved: 2 },
      { category: "DISPUTE", received: 1, resolved: 0 },
      { category: "OTHER", received: 1, resolved: 1 },
    ]);
    expect(hazardStatus).toEqual({ LISTED: 1, RECTIFYING: 1, PENDING_VERIFICATION: 1, CLOSED: 1 });
  });

  it("lights stations and officers worst first, quiet ones included as idle", async () => {
    const { stations, workstations, officers } = await countyBreakdowns(users.chief!, march(), NOW);
    expect(stations.map((s) => [s.name, s.tickets.received, s.overdueItems, s.lights.light])).toEqual([
      ["S1派出所", 3, 3, "red"],
      ["S2派出所", 1, 1, "amber"],
      ["S3派出所", 0, 0, "idle"],
    ]);
    expect(stations[0]!.tickets.averageRating).toBeCloseTo(11 / 3);
    expect(workstations.map((w) => [w.name, w.tickets.resolved])).toEqual([
      ["W1工作站", 3],
      ["W2工作站", 0],
    ]);
    expect(officers.map((o) => [o.name, o.tickets.received, o.overdueItems, o.lights.light])).toEqual([
      ["o1", 3, 3, "red"],
      ["o2", 1, 1, "amber"],
    ]);
  });

  it("narrowed to a workstation, lists the station that holds it and that workstation alone", async () => {
    const { stations, workstations } = await countyBreakdowns(users.chief!, march({ workstation: ids.W2! }), NOW);
    expect(stations.map((s) => [s.name, s.tickets.received])).toEqual([["S2派出所", 1]]);
    expect(workstations.map((w) => w.name)).toEqual(["W2工作站"]);
  });

  it("lists overdue and escalated tickets, unvisited and uncovered enterprises", async () => {
    const lists = await countyLists(users.chief!, march(), NOW);
    expect(lists.overdue.total).toBe(2);
    expect(lists.overdue.rows.map((r) => r.title)).toEqual(["问题 3", "问题 6"]);
    expect(lists.escalated.rows.map((r) => r.title)).toEqual(["问题 4"]);
    expect(lists.escalated.total).toBe(1);
    // A list's total counts every row, not the rows it shows.
    const [overdue, escalated] = await Promise.all([
      overdueTickets(ids.bureau!, march(), NOW, 0),
      escalatedTickets(ids.bureau!, march(), 0),
    ]);
    expect([overdue.rows.length, overdue.total, escalated.rows.length, escalated.total]).toEqual([0, 2, 0, 1]);
    expect(lists.notVisited.rows.map((r) => [r.name, r.lastVisitAt?.toISOString() ?? null])).toEqual([
      ["E2企业", null],
      ["E3企业", cn("2026-02-10T10:00").toISOString()],
    ]);
    expect(lists.notVisited.total).toBe(2);
    expect(lists.uncovered.rows.map((r) => r.name)).toEqual(["E2企业"]);
    expect(lists.uncovered.total).toBe(1);
    const s3 = await countyLists(users.chief!, march({ station: ids.S3! }), NOW);
    expect([s3.overdue.total, s3.escalated.total, s3.notVisited.total, s3.uncovered.total]).toEqual([0, 0, 0, 0]);
  });

  it("shows a past period's unvisited enterprises with their last visit before the period's end", async () => {
    // E3 is visited on 5 April, after March: March's list still has it, last seen in February.
    const later = await visitE3OnApril5();
    try {
      const { notVisited } = await countyLists(users.chief!, march(), NOW);
      expect(notVisited.rows.map((r) => [r.name, r.lastVisitAt?.toISOString() ?? null])).toEqual([
        ["E2企业", null],
        ["E3企业", cn("2026-02-10T10:00").toISOString()],
      ]);
    } finally {
      await getDb().visit.delete({ where: { id: later.id } });
    }
  });
});

describe("patrol and residency figures", () => {
  const PATROLS_MARCH = {
    shiftsRun: 3,
    guardPersonTimes: 14,
    personsChecked: 12,
    vehiclesChecked: 11,
    hazardsFound: 1,
    videoPatrols: 1,
  };

  it("counts March's patrol nights and residency completions county-wide, as their owners count them", async () => {
    const { patrols, residency } = await countyFigures(users.chief!, march(), NOW);
    expect(patrols).toEqual(PATROLS_MARCH);
    expect(residency).toEqual({ completed: 3, completedGreen: 2, greenShare: 2 / 3, waitingReviews: 2 });
    const owners = await patrolFigures(users.chief!, { from: "2026-03-01", to: "2026-03-31" });
    expect(patrols).toEqual(owners.total);
    expect(residency).toEqual(
      await residencyFigures(users.chief!, { from: march().period.from, to: march().period.to }),
    );
  });

  it("keeps the last night and the last minute of the month in it, and the first of April out", async () => {
    const lastDay = await countyFigures(
      users.chief!,
      scopeOf({ period: "custom", from: "2026-03-31", to: "2026-03-31" }),
      NOW,
    );
    expect(lastDay.patrols).toMatchObject({ shiftsRun: 1, guardPersonTimes: 3, videoPatrols: 1, hazardsFound: 1 });
    expect(lastDay.residency).toMatchObject({ completed: 1, completedGreen: 1, greenShare: 1 });
    const april = await countyFigures(users.chief!, scopeOf({ period: "month" }), NOW);
    expect(april.patrols).toMatchObject({ shiftsRun: 1, guardPersonTimes: 100 });
    expect(april.residency).toMatchObject({ completed: 1, completedGreen: 1 });
  });

  it("narrows to a station, and leaves the figures out below a station rather than mislabel them", async () => {
    const s2 = await countyFigures(users.chief!, march({ station: ids.S2! }), NOW);
    expect(s2.patrols).toEqual({
      shiftsRun: 1,
      guardPersonTimes: 5,
      personsChecked: 7,
      vehiclesChecked: 9,
      hazardsFound: 0,
      videoPatrols: 0,
    });
    expect(s2.residency).toEqual({ completed: 1, completedGreen: 1, greenShare: 1, waitingReviews: 1 });
    const s3 = await countyFigures(users.chief!, march({ station: ids.S3! }), NOW);
    expect(s3.patrols).toEqual({
      shiftsRun: 0,
      guardPersonTimes: 0,
      personsChecked: 0,
      vehiclesChecked: 0,
      hazardsFound: 0,
      videoPatrols: 0,
    });
    expect(s3.residency).toEqual({ completed: 0, completedGreen: 0, greenShare: 0, waitingReviews: 0 });
    for (const narrower of [{ workstation: ids.W1! }, { officer: ids.o1! }] as Record<string, string>[]) {
      const f = await countyFigures(users.chief!, march(narrower), NOW);
      expect([f.patrols, f.residency]).toEqual([null, null]);
    }
  });

  it("states them in both languages of the bulletin", async () => {
    const scope = march();
    const figures = await countyFigures(users.chief!, scope, NOW);
    const zh = bulletinText("zh-CN", figures, scope.period);
    expect(zh).toContain(
      "开展夜间巡逻 3 班次，出动保安 14 人次，开展视频巡查 1 次，盘查人员 12 人、车辆 11 辆，巡逻中发现安全隐患 1 处。",
    );
    expect(zh).toContain("办结户政业务 3 件，其中经“绿色通道”办理 2 件，占 66.7%。");
    const en = bulletinText("en", figures, scope.period);
    expect(en).toContain(
      "ran 3 night patrols with 14 guard person-times and 1 video patrol, " +
        "checked 12 persons and 11 vehicles, and found 1 hazard on the way.",
    );
    expect(en).toContain("3 residency requests were completed, 2 of them through the green channel (66.7%).");

    const narrowed = march({ workstation: ids.W1! });
    const w1 = bulletinText("zh-CN", await countyFigures(users.chief!, narrowed, NOW), narrowed.period, {
      zh: "W1工作站",
      en: "W1",
    });
    expect(w1).toContain("W1工作站共受理");
    expect(w1).not.toMatch(/巡逻|户政/);
    const empty = scopeOf({ period: "custom", from: "2025-01-01", to: "2025-01-31" });
    expect(bulletinText("zh-CN", await countyFigures(users.chief!, empty, NOW), empty.period)).toContain(
      "本期暂无办结的户政业务。",
    );
  });

  it("puts them in the export's summary, and leaves them out below a station", async () => {
    const labels: ExportLabels = {
      title: (x) => x,
      column: (k) => k,
      category: (c) => c,
      ticketStatus: (x) => x,
      light: (l) => l,
      name: (zh) => zh,
    };
    const summary = async (scope: ReturnType<typeof march>) =>
      Object.fromEntries(
        (await exportTables(users.chief!, scope, labels, NOW)).find((x) => x.name === "summary")!.rows,
      );
    expect(await summary(march())).toMatchObject({
      patrolShifts: 3,
      guardPersonTimes: 14,
      personsChecked: 12,
      vehiclesChecked: 11,
      videoPatrols: 1,
      patrolHazards: 1,
      residencyCompleted: 3,
      residencyGreen: 2,
      greenShare: { kind: "share", value: expect.closeTo(2 / 3, 5) },
      residencyWaiting: 2,
    });
    const w1 = await summary(march({ workstation: ids.W1! }));
    expect(w1).toHaveProperty("received");
    expect(w1).not.toHaveProperty("patrolShifts");
    expect(w1).not.toHaveProperty("residencyCompleted");
  });

  it("writes the export as a workbook a reader can use: real dates, whole counts, percentages", async () => {
    const labels: ExportLabels = {
      title: (x) => x,
      column: (k) => k,
      category: (c) => c,
      ticketStatus: (x) => x,
      light: (l) => l,
      name: (zh) => zh,
    };
    const tables = await exportTables(users.chief!, march(), labels, NOW);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      await writeWorkbook(tables.map((x) => ({ ...x, sheet: x.title, title: `${x.title}｜测试县公安局` }))),
    );
    const summary = book.getWorksheet("summary")!;
    const row = (name: string) => {
      let found: ExcelJS.Row | undefined;
      summary.eachRow((r) => {
        if (r.getCell(1).value === name) found = r;
      });
      return found!.getCell(2);
    };
    expect(summary.getCell("A1").value).toBe("summary｜测试县公安局");
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect((row("periodFirst").value as Date).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(row("periodFirst").numFmt).toBe("yyyy-mm-dd");
    expect([row("received").value, row("received").numFmt]).toEqual([4, "0"]);
    expect(row("greenShare").numFmt).toBe("0.0%");
    const trend = book.getWorksheet("trend")!;
    expect(trend.getCell("A3").value).toBeInstanceOf(Date);
    expect(trend.getCell("A3").numFmt).toBe("yyyy-mm-dd");
  });
});

describe("the officer's and the liaison's desks", () => {
  it("shows an officer only the nights they lead tonight and the reviews waiting in their scope", async () => {
    const o1 = await officerDesk(users.o1!);
    expect(o1.tonight.map((s) => [s.id, s.team.name, s.enterprises.map((e) => e.name), s.logged])).toEqual([
      [ids.tonightP1, "P1巡防队", ["E1企业", "E2企业"], false],
    ]);
    expect(o1.reviewsWaiting).toBe(1);
    const o2 = await officerDesk(users.o2!);
    expect(o2.tonight.map((s) => s.id)).toEqual([ids.tonightP2]);
    // E3's request under review; drafts never reach the police.
    expect(o2.reviewsWaiting).toBe(1);
  });

  it("shows a liaison the enterprise's own open requests, next booking and published duty nights", async () => {
    const desk = await liaisonDesk(users.liaison!);
    expect(desk.openRequests.map((r) => r.id).sort()).toEqual(
      [ids.rSubmitted, ids.rDraft, ids.rSoon, ids.rLater, ids.rCancelled].sort(),
    );
    expect(desk.openRequests.every((r) => r.applicantIdNumber.includes("*"))).toBe(true);
    expect(desk.nextAppointment).toMatchObject({
      requestId: ids.rSoon,
      kind: "TALENT_SETTLEMENT",
      station: { name: "S1派出所" },
    });
    expect(desk.dutyNights.map((n) => n.id)).toEqual([ids.tonightP1, ids.soonP1]);
    expect(desk.dutyNights[0]).toMatchObject({ date: todayInChina(), team: { name: "P1巡防队" } });
  });

  it("gives other roles' desks nothing of the patrol and residency parts that is not theirs", async () => {
    expect((await officerDesk(users.liaison!)).tonight).toEqual([]);
    expect((await liaisonDesk(users.o1!)).dutyNights).toEqual([]);
  });
});

describe("who may see the county figures", () => {
  it.each(["o1", "liaison", "admin"])("%s is refused", async (name) => {
    await expect(countyFigures(users[name]!, march(), NOW)).rejects.toThrow("errors.forbidden");
    await expect(countyBreakdowns(users[name]!, march(), NOW)).rejects.toThrow("errors.forbidden");
    await expect(countyLists(users[name]!, march(), NOW)).rejects.toThrow("errors.forbidden");
  });

  it("gives the administrator's overview to the administrator only", async () => {
    const overview = await adminFigures(users.admin!);
    expect(overview.usersByRole.map((r) => r.role)).toEqual(["OFFICER", "CHIEF", "LIAISON", "ADMIN"]);
    expect(overview.usersByRole.find((r) => r.role === "ADMIN")!.count).toBeGreaterThanOrEqual(1);
    for (const name of ["o1", "liaison", "chief"])
      await expect(adminFigures(users[name]!)).rejects.toThrow("errors.forbidden");
  });
});

describe("the lists behind the figures", () => {
  const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

  /** Each linked figure's list total, read the way its list page reads the link. */
  async function listTotals(scope: ReturnType<typeof march>, place: Record<string, string>) {
    const links = figureLinks(place, scope.period, "");
    const tickets = async (href: string) =>
      (await listTicketsForUser(users.chief!, parseTicketFilters(paramsOf(href)), NOW)).total;
    const hazards = async (href: string) => {
      const f = parseUrlFilters(hazardFilters, paramsOf(href));
      return (await listHazards(users.chief!, { status: f.status, overdueOnly: f.overdue, drill: f, now: NOW })).total;
    };
    const residency = async (href: string) => {
      const f = parseUrlFilters(residencyFilters, paramsOf(href));
      const status = f.status === "all" ? undefined : f.status;
      const list = await listRequests(users.chief!, {
        status,
        green: f.green,
        station: f.station,
        completedFrom: f.from,
        completedTo: f.to,
      });
      return list.total;
    };
    return {
      received: await tickets(links.received),
      resolved: await tickets(links.resolved),
      open: await tickets(links.open),
      overdue: await tickets(links.overdue),
      escalations: await tickets(links.escalations),
      hazardsListed: await hazards(links.hazardsListed),
      hazardsClosed: await hazards(links.hazardsClosed),
      hazardsOverdue: await hazards(links.hazardsOverdue),
      residencyCompleted: await residency(links.residencyCompleted),
      residencyGreen: await residency(links.residencyGreen),
      residencyWaiting: await residency(links.residencyWaiting),
    };
  }

  it.each([
    ["the county", {}],
    ["a station", { station: "S1" }],
    ["another station", { station: "S2" }],
    ["a workstation", { workstation: "W1" }],
    ["an officer", { officer: "o2" }],
  ] as [string, Record<string, string>][])("counts on each list what the card says, for %s", async (_, keys) => {
    const place = Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, ids[v]!]));
    const scope = march(place);
    const { tickets: tk, hazards: hz, residency: rs } = await countyFigures(users.chief!, scope, NOW);
    const totals = await listTotals(scope, place);
    expect(totals).toMatchObject({
      received: tk.received,
      resolved: tk.resolved,
      open: tk.open,
      overdue: tk.overdue,
      escalations: tk.escalations,
      hazardsListed: hz.listed,
      hazardsClosed: hz.closed,
      hazardsOverdue: hz.overdue,
    });
    // Residency is counted by station only; below a station the card is not shown.
    if (rs) {
      expect([totals.residencyCompleted, totals.residencyGreen, totals.residencyWaiting]).toEqual([
        rs.completed,
        rs.completedGreen,
        rs.waitingReviews,
      ]);
    }
  });

  it("finds something behind the county's figures, so the comparison above is not of zeros", async () => {
    const totals = await listTotals(march(), {});
    expect(totals).toMatchObject({
      received: 4,
      open: 3,
      escalations: 1,
      hazardsListed: 3,
      hazardsClosed: 1,
      hazardsOverdue: 2,
      residencyCompleted: 3,
      residencyGreen: 2,
      residencyWaiting: 2,
    });
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
