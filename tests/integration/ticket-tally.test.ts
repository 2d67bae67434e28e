// The dashboard's ticket figures come from a tally the database keeps on every write. Random
// sequences of filings, acceptances, resolutions, ratings (a low one reopens), escalations, moves of
// an enterprise between stations, changes of its responsible officer and visits added and removed,
// around China month edges, must leave the tallies equal to recounts from the rows, each enterprise's
// kept latest visit equal to its visits' latest, and every figure equal to the same figure worked out
// here from the rows themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { getDb } from "@/lib/db";
import type { TicketCategory } from "@/lib/db/generated/enums";
import { workstationRows } from "@/lib/dashboard/breakdowns";
import { hazardCounts } from "@/lib/dashboard/hazard-figures";
import { customPeriod } from "@/lib/dashboard/period";
import { coverageFigures, visitWindow } from "@/lib/dashboard/coverage-figures";
import { at } from "@/lib/db/sql-time";
import type { DashboardScope } from "@/lib/dashboard/filters";
import { ratingCounts, ticketCounts, ticketFigures } from "@/lib/dashboard/ticket-figures";
import type { TicketGrouping } from "@/lib/dashboard/sql-scope";
import { ticketTrend } from "@/lib/dashboard/trend";
import { LOW_RATING } from "@/lib/tickets/commands/transitions";
import { HOUR_MS, parseChinaDateTime } from "@/lib/time/china";

const ids: Record<string, string> = {};
const ENTERPRISES = ["E1", "E2", "E3", "E4"] as const;
const WORKSTATIONS = ["W1", "W2", "W3"] as const; // W1 and W2 in S1, W3 in S2
const OFFICERS = ["o1", "o2", "o3"] as const;
const CATEGORIES: TicketCategory[] = ["THEFT_CRIME", "DISPUTE", "OTHER"];
/** Instants around the ends of January and February 2026, China time. */
const EDGES = ["2026-01-31 23:30", "2026-02-01 00:00", "2026-02-01 00:20", "2026-02-28 23:59", "2026-03-01 08:00"].map(
  (local) => parseChinaDateTime(local)!,
);
const NOW = parseChinaDateTime("2026-03-03 12:00")!;
const plus = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR_MS);

type Op =
  | { kind: "file"; enterprise: number; category: number; edge: number; offsetHours: number }
  | { kind: "accept"; ticket: number; hours: number }
  | { kind: "resolve"; ticket: number; hours: number; minutes: number }
  | { kind: "rate"; ticket: number; rating: number; hours: number }
  | { kind: "escalate"; ticket: number; hours: number }
  | { kind: "move"; enterprise: number; workstation: number }
  | { kind: "reassign"; enterprise: number; officer: number | null }
  | { kind: "delete"; ticket: number }
  | { kind: "visit"; enterprise: number; edge: number; offsetHours: number }
  | { kind: "unvisit"; visit: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("file" as const),
      enterprise: fc.nat(ENTERPRISES.length - 1),
      category: fc.nat(CATEGORIES.length - 1),
      edge: fc.nat(EDGES.length - 1),
      offsetHours: fc.integer({ min: -30, max: 30 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("accept" as const),
      ticket: fc.nat(),
      hours: fc.integer({ min: 0, max: 8 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("resolve" as const),
      ticket: fc.nat(),
      hours: fc.integer({ min: 1, max: 120 }),
      // Resolutions part-way through an hour: the median counts whole hours, rounded down.
      minutes: fc.integer({ min: 0, max: 59 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("rate" as const),
      ticket: fc.nat(),
      rating: fc.integer({ min: 1, max: 5 }),
      hours: fc.integer({ min: 0, max: 48 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("escalate" as const),
      ticket: fc.nat(),
      hours: fc.integer({ min: 1, max: 100 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("move" as const),
      enterprise: fc.nat(ENTERPRISES.length - 1),
      workstation: fc.nat(WORKSTATIONS.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("reassign" as const),
      enterprise: fc.nat(ENTERPRISES.length - 1),
      officer: fc.option(fc.nat(OFFICERS.length - 1)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), ticket: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("visit" as const),
      enterprise: fc.nat(ENTERPRISES.length - 1),
      edge: fc.nat(EDGES.length - 1),
      offsetHours: fc.integer({ min: -800, max: 30 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("unvisit" as const), visit: fc.nat() }) },
);

let seq = 0;

/** Applies one operation the way the commands write it (state, deadlines, events). */
async function apply(o: Op): Promise<void> {
  const db = getDb();
  const pick = async () => {
    const tickets = await db.ticket.findMany({ where: { bureauId: ids.bureau }, orderBy: { number: "asc" } });
    return tickets.length ? tickets[(o as { ticket: number }).ticket % tickets.length]! : null;
  };
  switch (o.kind) {
    case "file": {
      const createdAt = plus(EDGES[o.edge]!, o.offsetHours);
      const [acceptDueAt, resolveDueAt] = [plus(createdAt, 4), plus(createdAt, 72)];
      await db.ticket.create({
        data: {
          bureauId: ids.bureau!,
          number: `TT-2026-${String(++seq).padStart(6, "0")}`,
          enterpriseId: ids[ENTERPRISES[o.enterprise]!]!,
          category: CATEGORIES[o.category]!,
          title: "问题",
          description: "测试",
          createdById: ids.liaison!,
          createdAt,
          acceptDueAt,
          resolveDueAt,
          dueAt: acceptDueAt,
        },
      });
      return;
    }
    case "accept": {
      const t = await pick();
      if (t?.status !== "SUBMITTED") return;
      await db.ticket.update({
        where: { id: t.id },
        data: { status: "IN_PROGRESS", acceptedAt: plus(t.createdAt, o.hours), dueAt: t.resolveDueAt },
      });
      return;
    }
    case "resolve": {
      const t = await pick();
      if (t?.status !== "IN_PROGRESS" && t?.status !== "REOPENED") return;
      await db.ticket.update({
        where: { id: t.id },
        data: {
          status: "RESOLVED",
          resolvedAt: plus(t.acceptedAt ?? t.createdAt, o.hours + o.minutes / 60),
          dueAt: null,
        },
      });
      return;
    }
    case "rate": {
      const t = await pick();
      if (t?.status !== "RESOLVED" || !t.resolvedAt) return;
      const at = plus(t.resolvedAt, o.hours);
      await db.$transaction(async (tx) => {
        await tx.ticketEvent.create({
          data: { ticketId: t.id, actorId: ids.liaison!, kind: "RATED", data: { rating: o.rating }, createdAt: at },
        });
        // A low rating reopens the ticket, which takes its resolution back.
        await tx.ticket.update({
          where: { id: t.id },
          data:
            o.rating <= LOW_RATING
              ? {
                  status: "REOPENED",
                  resolvedAt: null,
                  rating: o.rating,
                  reopenCount: { increment: 1 },
                  dueAt: t.resolveDueAt,
                }
              : { status: "CLOSED", closedAt: at, rating: o.rating },
        });
      });
      return;
    }
    case "escalate": {
      const t = await pick();
      if (!t || t.escalatedAt) return;
      await db.ticket.update({ where: { id: t.id }, data: { escalatedAt: plus(t.createdAt, o.hours) } });
      return;
    }
    case "move":
      await db.enterprise.update({
        where: { id: ids[ENTERPRISES[o.enterprise]!]! },
        data: { workstationId: ids[WORKSTATIONS[o.workstation]!]! },
      });
      return;
    case "reassign":
      await db.enterprise.update({
        where: { id: ids[ENTERPRISES[o.enterprise]!]! },
        data: { responsibleOfficerId: o.officer === null ? null : ids[OFFICERS[o.officer]!]! },
      });
      return;
    case "delete": {
      const t = await pick();
      if (t) await db.ticket.delete({ where: { id: t.id } });
      return;
    }
    case "visit":
      await db.visit.create({
        data: {
          bureauId: ids.bureau!,
          enterpriseId: ids[ENTERPRISES[o.enterprise]!]!,
          officerId: ids.o1!,
          visitedAt: plus(EDGES[o.edge]!, o.offsetHours),
          kind: "ROUTINE",
        },
      });
      return;
    case "unvisit": {
      const visits = await db.visit.findMany({ where: { bureauId: ids.bureau }, orderBy: { id: "asc" } });
      if (visits.length) await db.visit.delete({ where: { id: visits[o.visit % visits.length]!.id } });
      return;
    }
  }
}

/** Enterprises whose kept latest visit differs from their visits' latest, or whose coverage count does. */
async function visitDrift(scope: DashboardScope): Promise<unknown[]> {
  const db = getDb();
  const drift = await db.$queryRaw<{ id: string }[]>`SELECT e."id" FROM "Enterprise" e
    WHERE e."lastVisitedAt" IS DISTINCT FROM (SELECT max(v."visitedAt") FROM "Visit" v WHERE v."enterpriseId" = e."id")`;
  const asOf = scope.period.to < NOW ? scope.period.to : NOW;
  const { cutoff } = await visitWindow(ids.bureau!, scope, NOW);
  const [live] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Enterprise" e
    WHERE e."bureauId" = ${ids.bureau} AND e."active" AND EXISTS (SELECT 1 FROM "Visit" v
      WHERE v."enterpriseId" = e."id" AND v."visitedAt" >= ${at(cutoff)} AND v."visitedAt" < ${at(asOf)})`;
  const kept = (await coverageFigures(ids.bureau!, scope, NOW)).visitedInCadence;
  return [...drift, ...(kept === live!.n ? [] : [{ coverage: kept, live: live!.n }])];
}

/** The counts the place tally and the county tally hold alike. */
const TALLY_COUNTS = [
  "received",
  "accepted",
  "acceptedOnTime",
  "settled",
  "settledOnTime",
  "resolved",
  "escalated",
  "ratings",
  "ratingSum",
  "lowRatings",
] as const;

/** The maintained tallies, each with the function that recounts it from the rows and the counts it holds. */
const TALLIES = [
  { table: "TicketTally", recount: "ticket_tally_recount", counts: TALLY_COUNTS },
  { table: "BureauTicketTally", recount: "bureau_ticket_tally_recount", counts: TALLY_COUNTS },
  { table: "ResolutionHoursTally", recount: "resolution_hours_tally_recount", counts: ["resolved"] },
] as const;

/** A tally's rows that hold something, as comparable text: the maintained tally, or its recount. */
async function tallyRows(tally: (typeof TALLIES)[number], source: "table" | "recount"): Promise<string[]> {
  const from = source === "table" ? `"${tally.table}"` : `"${tally.recount}"()`;
  const rows = await getDb().$queryRawUnsafe<{ row: string }[]>(
    `SELECT row(x.*)::text AS "row" FROM ${from} x
     WHERE ${tally.counts.map((c) => `x."${c}" <> 0`).join(" OR ")}
     ORDER BY 1`,
  );
  return rows.map((r) => r.row);
}

const OPEN = new Set(["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED"]);

/** The figures worked out from the rows, as the dashboard defines them. */
async function expected(scope: DashboardScope, grouping: TicketGrouping) {
  const db = getDb();
  const inScope = {
    bureauId: ids.bureau!,
    ...(scope.stationId ? { stationId: scope.stationId } : {}),
    ...(scope.workstationId ? { workstationId: scope.workstationId } : {}),
    ...(scope.officerId ? { responsibleOfficerId: scope.officerId } : {}),
  };
  const tickets = await db.ticket.findMany({ where: inScope });
  const ratings = await db.ticketEvent.findMany({
    where: { kind: "RATED", ticket: inScope },
    include: { ticket: true },
  });
  const { from, to } = scope.period;
  const inPeriod = (at: Date | null) => at !== null && at >= from && at < to;
  const keyOf = (t: (typeof tickets)[number]): string =>
    ({
      all: "",
      station: t.stationId ?? "",
      workstation: t.workstationId ?? "",
      officer: t.responsibleOfficerId ?? "",
      category: t.category,
    })[grouping];
  const groups = new Map<string, Record<string, number>>();
  const add = (key: string, field: string, n = 1) => {
    const g = groups.get(key) ?? {};
    g[field] = (g[field] ?? 0) + n;
    groups.set(key, g);
  };
  for (const t of tickets) {
    const key = keyOf(t);
    const received = inPeriod(t.createdAt);
    const open = OPEN.has(t.status);
    if (received) add(key, "received");
    if (inPeriod(t.resolvedAt)) add(key, "resolved");
    if (open) add(key, "open");
    if (t.dueAt && t.dueAt < NOW) add(key, "overdue");
    if (received && (t.acceptedAt || (t.status === "SUBMITTED" && t.acceptDueAt < NOW))) add(key, "acceptDue");
    if (received && t.acceptedAt && t.acceptedAt <= t.acceptDueAt) add(key, "acceptOnTime");
    if (received && (t.resolvedAt || (open && t.resolveDueAt < NOW))) add(key, "resolveDue");
    if (received && t.resolvedAt && t.resolvedAt <= t.resolveDueAt) add(key, "resolveOnTime");
    if (inPeriod(t.escalatedAt)) add(key, "escalations");
  }
  for (const r of ratings) {
    if (!inPeriod(r.createdAt)) continue;
    const rating = (r.data as { rating: number }).rating;
    add(keyOf(r.ticket), "ratings");
    add(keyOf(r.ticket), "sum", rating);
    if (rating <= LOW_RATING) add(keyOf(r.ticket), "low");
  }
  const hours = tickets
    .filter((t) => inPeriod(t.resolvedAt))
    .map((t) => Math.floor((t.resolvedAt!.getTime() - t.createdAt.getTime()) / HOUR_MS))
    .sort((a, b) => a - b);
  const mid = Math.floor(hours.length / 2);
  const median = hours.length === 0 ? null : hours.length % 2 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2;
  return { groups, median, tickets };
}

const COUNT_FIELDS = [
  "received",
  "resolved",
  "open",
  "overdue",
  "acceptDue",
  "acceptOnTime",
  "resolveDue",
  "resolveOnTime",
] as const;

async function checkFigures(scope: DashboardScope, grouping: TicketGrouping) {
  const want = await expected(scope, grouping);
  const [counts, ratings] = await Promise.all([
    ticketCounts(ids.bureau!, scope, NOW, grouping),
    ratingCounts(ids.bureau!, scope, grouping),
  ]);
  const keys = new Set([...want.groups.keys(), ...counts.keys(), ...ratings.keys()]);
  for (const key of keys) {
    const w = want.groups.get(key) ?? {};
    const got = counts.get(key);
    for (const field of COUNT_FIELDS) expect(got?.[field] ?? 0, `${grouping} ${key} ${field}`).toBe(w[field] ?? 0);
    const r = ratings.get(key);
    expect([r?.ratings ?? 0, r?.sum ?? 0, r?.low ?? 0], `${grouping} ${key} ratings`).toEqual([
      w.ratings ?? 0,
      w.sum ?? 0,
      w.low ?? 0,
    ]);
  }
  if (grouping === "all") {
    const figures = await ticketFigures(ids.bureau!, scope, NOW);
    expect(figures.escalations).toBe(want.groups.get("")?.escalations ?? 0);
    if (want.median === null) expect(figures.medianResolveHours).toBeNull();
    else expect(figures.medianResolveHours).toBe(want.median);
    const { points } = await ticketTrend(ids.bureau!, scope);
    const spanOf = (at: Date) => points.map((p) => p.start).findLast((p) => parseChinaDateTime(`${p} 00:00`)! <= at);
    const received = new Map<string, number>();
    for (const t of want.tickets)
      if (t.createdAt >= scope.period.from && t.createdAt < scope.period.to)
        received.set(spanOf(t.createdAt)!, (received.get(spanOf(t.createdAt)!) ?? 0) + 1);
    expect(points.map((p) => p.received)).toEqual(points.map((p) => received.get(p.start) ?? 0));
  }
}

beforeAll(async () => {
  const db = getDb();
  ids.bureau = (
    await db.bureau.create({ data: { code: "TTX", name: "汇总测试县公安局", nameEn: "Tally County PSB" } })
  ).id;
  for (const s of ["S1", "S2"])
    ids[s] = (await db.station.create({ data: { bureauId: ids.bureau, code: `TTX-${s}`, name: s, nameEn: s } })).id;
  for (const [w, s] of [
    ["W1", "S1"],
    ["W2", "S1"],
    ["W3", "S2"],
  ] as const)
    ids[w] = (
      await db.workstation.create({
        data: {
          bureauId: ids.bureau,
          stationId: ids[s]!,
          code: `TTX-${w}`,
          name: w,
          nameEn: w,
          park: "园区",
          parkEn: "Park",
          cluster: "IT",
        },
      })
    ).id;
  for (const [o, s] of [
    ["o1", "S1"],
    ["o2", "S1"],
    ["o3", "S2"],
  ] as const)
    ids[o] = (
      await db.user.create({
        data: {
          bureauId: ids.bureau,
          username: `tt-${o}`,
          name: o,
          passwordHash: "-",
          role: "OFFICER",
          stationId: ids[s]!,
        },
      })
    ).id;
  for (const [i, e] of ENTERPRISES.entries())
    ids[e] = (
      await db.enterprise.create({
        data: {
          bureauId: ids.bureau,
          workstationId: ids[WORKSTATIONS[i % WORKSTATIONS.length]!]!,
          responsibleOfficerId: ids[OFFICERS[i % OFFICERS.length]!]!,
          name: `${e}企业`,
          creditCode: `TTX${e}`,
          industry: "制造",
        },
      })
    ).id;
  ids.liaison = (
    await db.user.create({
      data: {
        bureauId: ids.bureau,
        username: "tt-liaison",
        name: "liaison",
        passwordHash: "-",
        role: "LIAISON",
        enterpriseId: ids.E1!,
      },
    })
  ).id;
});

afterAll(async () => {
  await getDb().ticket.deleteMany({ where: { bureauId: ids.bureau } });
});

const PERIODS: [string, string][] = [
  ["2026-01-31", "2026-01-31"],
  ["2026-02-01", "2026-02-28"],
  ["2026-01-15", "2026-03-02"],
  ["2026-01-01", "2026-12-31"],
  // A year read as one span with a month before it, and whole weeks inside the edge months.
  ["2025-12-01", "2027-01-20"],
  // Two whole quarters; and a quarter with a month, weeks and days before it and days after.
  ["2026-01-01", "2026-06-30"],
  ["2025-11-20", "2026-04-10"],
];

describe("the maintained ticket tally", () => {
  it("equals a recount from the rows, and every figure equals the rows' own, after any sequence of changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), fc.nat(PERIODS.length - 1), async (ops, p) => {
        for (const o of ops) await apply(o);
        for (const tally of TALLIES)
          expect(await tallyRows(tally, "table"), tally.table).toEqual(await tallyRows(tally, "recount"));
        const period = customPeriod(...PERIODS[p]!)!;
        expect(await visitDrift({ period })).toEqual([]);
        const narrowings: DashboardScope[] = [
          { period },
          { period, stationId: ids.S1 },
          { period, workstationId: ids.W3 },
          { period, officerId: ids.o2 },
        ];
        for (const scope of narrowings) await checkFigures(scope, "all");
        for (const grouping of ["station", "workstation", "officer", "category"] as const)
          await checkFigures({ period }, grouping);
      }),
      { numRuns: 25 },
    );
  }, 600_000);

  it("keeps a ticket and a hazard where they were filed after their enterprise moves to another station", async () => {
    const db = getDb();
    await db.enterprise.update({
      where: { id: ids.E1 },
      data: { workstationId: ids.W1!, responsibleOfficerId: ids.o1! },
    });
    const hazard = (at: string) =>
      db.hazard.create({
        data: {
          bureauId: ids.bureau!,
          enterpriseId: ids.E1!,
          description: "消防通道堵塞",
          deadline: parseChinaDateTime(at)!,
          listedById: ids.o1!,
          createdAt: parseChinaDateTime(at)!,
        },
      });
    const earlier = await hazard("2026-02-01 09:00");
    const before = await apply({ kind: "file", enterprise: 0, category: 0, edge: 1, offsetHours: 2 }).then(() =>
      db.ticket.findFirstOrThrow({ where: { bureauId: ids.bureau }, orderBy: { number: "desc" } }),
    );
    await apply({ kind: "move", enterprise: 0, workstation: 2 });
    await apply({ kind: "reassign", enterprise: 0, officer: 2 });
    await apply({ kind: "file", enterprise: 0, category: 0, edge: 1, offsetHours: 3 });
    const later = await hazard("2026-02-01 10:00");
    expect([earlier.stationId, earlier.workstationId, earlier.responsibleOfficerId]).toEqual([ids.S1, ids.W1, ids.o1]);
    expect([later.stationId, later.workstationId, later.responsibleOfficerId]).toEqual([ids.S2, ids.W3, ids.o3]);
    const after = await db.ticket.findFirstOrThrow({ where: { bureauId: ids.bureau }, orderBy: { number: "desc" } });
    expect([before.stationId, before.workstationId, before.responsibleOfficerId]).toEqual([ids.S1, ids.W1, ids.o1]);
    expect([after.stationId, after.workstationId, after.responsibleOfficerId]).toEqual([ids.S2, ids.W3, ids.o3]);
    const period = customPeriod("2026-02-01", "2026-02-01")!;
    const byStation = await ticketCounts(ids.bureau!, { period }, NOW, "station");
    const own = await expected({ period }, "station");
    expect(byStation.get(ids.S1!)?.received).toBe(own.groups.get(ids.S1!)?.received);
    expect(byStation.get(ids.S1!)?.received ?? 0).toBeGreaterThanOrEqual(1);
    expect(byStation.get(ids.S2!)?.received ?? 0).toBeGreaterThanOrEqual(1);
    const hazards = await hazardCounts(ids.bureau!, { period }, NOW, "station");
    expect([hazards.get(ids.S1!)?.listed, hazards.get(ids.S2!)?.listed]).toEqual([1, 1]);

    // A workstation closed since still shows what was filed under it; a closed one with nothing does not.
    await db.workstation.update({ where: { id: ids.W1 }, data: { active: false } });
    const idle = await db.workstation.create({
      data: {
        bureauId: ids.bureau!,
        stationId: ids.S1!,
        code: "TTX-W4",
        name: "W4",
        nameEn: "W4",
        park: "园区",
        parkEn: "Park",
        cluster: "IT",
        active: false,
      },
    });
    const listed = (await workstationRows(ids.bureau!, { period }, NOW)).map((r) => r.id);
    expect(listed).toContain(ids.W1);
    expect(listed).not.toContain(idle.id);
  });
});

describe("the tally's spans", () => {
  it("start on the China day, Monday, month, quarter and year of an instant, for every span the enum names", async () => {
    const starts = async (local: string) => {
      const rows = await getDb().$queryRaw<{ span: string; start: string | null }[]>`
        SELECT s.span::text AS "span", to_char("tally_span_start"(s.span, ${at(parseChinaDateTime(local)!)}), 'YYYY-MM-DD') AS "start"
        FROM "tally_spans"() s(span)`;
      return Object.fromEntries(rows.map((r) => [r.span, r.start]));
    };
    // The last minute of the first quarter and the first of the second, in China time (UTC+8).
    expect(await starts("2026-03-31 23:59")).toEqual({
      DAY: "2026-03-31",
      WEEK: "2026-03-30",
      MONTH: "2026-03-01",
      QUARTER: "2026-01-01",
      YEAR: "2026-01-01",
    });
    expect(await starts("2026-04-01 00:00")).toEqual({
      DAY: "2026-04-01",
      WEEK: "2026-03-30",
      MONTH: "2026-04-01",
      QUARTER: "2026-04-01",
      YEAR: "2026-01-01",
    });
    expect((await starts("2025-12-31 23:59")).QUARTER).toBe("2025-10-01");
  });
});
