import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { advisoryActions } from "@/lib/advisories/actions-def";
import { acknowledgeAdvisory, markAdvisoryRead, remindAdvisory, sendAdvisory } from "@/lib/advisories/commands";
import {
  allPendingRecipients,
  getAdvisoryForUser,
  listReceivedAdvisories,
  listSentAdvisories,
  pendingRecipients,
} from "@/lib/advisories/queries";
import { sendAdvisorySchema } from "@/lib/advisories/schemas";
import { enterpriseScope } from "@/lib/enterprises/policy";
import { advisoryFigures } from "@/lib/dashboard/advisory-figures";
import { TARGET_NAMES_SHOWN, targetNamesOf } from "@/lib/advisories/target-names";
import { exportTables, type ExportLabels } from "@/lib/dashboard/export-tables";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

const NOW = "2026-11-10T10:00:00+08:00";
const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const;
const users = {} as Record<(typeof NAMES)[number], SessionUser>;
let restoreClock: (() => void) | undefined;

beforeAll(async () => {
  restoreClock = setClock(NOW);
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
});

afterAll(() => restoreClock?.());

beforeEach(() => {
  restoreClock?.();
  restoreClock = setClock(NOW);
});

const draft = (over: Record<string, unknown> = {}) =>
  sendAdvisorySchema.parse({
    title: "节前安全提示",
    body: "节日期间请落实值班值守，检查消防通道。",
    urgency: "NORMAL",
    targetKind: "COUNTY",
    ...over,
  });

const recipientIds = async (advisoryId: string) =>
  (await getDb().advisoryRecipient.findMany({ where: { advisoryId }, select: { enterpriseId: true } }))
    .map((r) => r.enterpriseId)
    .sort();

const activeIds = async (where: Prisma.EnterpriseWhereInput) =>
  (await getDb().enterprise.findMany({ where: { AND: [where, { active: true }] }, select: { id: true } }))
    .map((e) => e.id)
    .sort();

const counts = async () => ({
  advisories: await getDb().advisory.count(),
  recipients: await getDb().advisoryRecipient.count(),
  tallies: await getDb().advisoryStationTally.count(),
  audits: await getDb().auditEvent.count({ where: { action: { startsWith: "advisory." } } }),
  notes: await getDb().notification.count({ where: { kind: { startsWith: "advisory" } } }),
});

/** Each station tally of an advisory equals what its recipient rows say. */
async function expectTalliesMatchRows(advisoryId: string) {
  const rows = await getDb().advisoryRecipient.groupBy({
    by: ["stationId"],
    where: { advisoryId },
    _count: { _all: true, readAt: true, acknowledgedAt: true },
  });
  const tallies = await getDb().advisoryStationTally.findMany({ where: { advisoryId } });
  expect(tallies.length).toBe(rows.length);
  for (const row of rows) {
    const tally = tallies.find((t) => t.stationId === row.stationId)!;
    expect([tally.recipients, tally.read, tally.acknowledged]).toEqual([
      row._count._all,
      row._count.readAt,
      row._count.acknowledgedAt,
    ]);
  }
}

describe("the demo advisories", () => {
  it("lead liaison1's list with the urgent one not yet opened, and their tallies agree with their rows", async () => {
    const demo = await getDb().advisory.findMany({ where: { bureauId: users.chief.bureauId } });
    expect(demo.length).toBeGreaterThanOrEqual(2);
    for (const a of demo) await expectTalliesMatchRows(a.id);
    const { rows } = await listReceivedAdvisories(users.liaison1, { active: true });
    expect(rows[0]).toMatchObject({ urgent: true, readAt: null, acknowledgedAt: null });
  });
});

describe("targeting", () => {
  it("reaches each kind of target's active enterprises of the county, one row each", async () => {
    const chief = users.chief;
    const bureauId = chief.bureauId;
    const db = getDb();
    const station = await db.station.findFirstOrThrow({ where: { bureauId, workstations: { some: {} } } });
    const workstation = await db.workstation.findFirstOrThrow({ where: { bureauId, enterprises: { some: {} } } });
    const industry = (await db.enterprise.findFirstOrThrow({ where: { bureauId, active: true } })).industry;
    const picked = (await activeIds({ bureauId })).slice(0, 3);
    const cases: [Record<string, unknown>, Prisma.EnterpriseWhereInput][] = [
      [{ targetKind: "COUNTY" }, { bureauId }],
      [
        { targetKind: "STATIONS", stationIds: [station.id] },
        { bureauId, workstation: { stationId: station.id } },
      ],
      [
        { targetKind: "WORKSTATIONS", workstationIds: [workstation.id] },
        { bureauId, workstationId: workstation.id },
      ],
      [
        { targetKind: "INDUSTRIES", industries: [industry] },
        { bureauId, industry },
      ],
      [{ targetKind: "KEY_PROJECTS" }, { bureauId, keyProject: true }],
      [{ targetKind: "ENTERPRISES", enterpriseIds: picked }, { id: { in: picked } }],
    ];
    for (const [target, where] of cases) {
      const expected = await activeIds(where);
      expect(expected.length, String(target.targetKind)).toBeGreaterThan(0);
      const { id, recipients } = await sendAdvisory(chief, draft(target));
      expect(await recipientIds(id), String(target.targetKind)).toEqual(expected);
      expect(recipients).toBe(expected.length);
      // The station tallies add up to the recipients, each at the station the enterprise belongs to.
      const tallies = await db.advisoryStationTally.findMany({ where: { advisoryId: id } });
      expect(tallies.reduce((s, t) => s + t.recipients, 0)).toBe(expected.length);
      const rows = await db.advisoryRecipient.findMany({
        where: { advisoryId: id },
        select: { stationId: true, enterprise: { select: { workstation: { select: { stationId: true } } } } },
      });
      for (const row of rows) expect(row.stationId).toBe(row.enterprise.workstation.stationId);
    }
  });

  it("leaves out deactivated enterprises", async () => {
    const db = getDb();
    const enterprise = await db.enterprise.findFirstOrThrow({
      where: { bureauId: users.chief.bureauId, active: true, id: { not: users.liaison1.enterpriseId! } },
    });
    await db.enterprise.update({ where: { id: enterprise.id }, data: { active: false } });
    try {
      const { id } = await sendAdvisory(users.chief, draft());
      expect(await recipientIds(id)).not.toContain(enterprise.id);
    } finally {
      await db.enterprise.update({ where: { id: enterprise.id }, data: { active: true } });
    }
  });

  it("narrows an officer's county-wide target to their own enterprises", async () => {
    const { id } = await sendAdvisory(users.officer1, draft());
    const own = await activeIds(enterpriseScope(users.officer1));
    expect(await recipientIds(id)).toEqual(own);
    expect(own).not.toContain(users.liaison2.enterpriseId);
  });

  it("refuses an officer's pick outside their own enterprises and writes nothing", async () => {
    const before = await counts();
    const result = await runAs(users.officer1, advisoryActions.send, {
      title: "越权提示",
      body: "不应发出。",
      urgency: "NORMAL",
      targetKind: "ENTERPRISES",
      enterpriseIds: [users.liaison1.enterpriseId!, users.liaison2.enterpriseId!],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.enterpriseIds).toEqual(["advisories.errors.enterpriseOutOfScope"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a station of another county and a target without choices", async () => {
    const result = await runAs(users.chief, advisoryActions.send, {
      title: "提示",
      body: "正文内容",
      urgency: "NORMAL",
      targetKind: "STATIONS",
      stationIds: ["not-a-station"],
    });
    expect(!result.ok && result.fieldErrors?.stationIds).toEqual(["advisories.errors.targetInvalid"]);
    const empty = await runAs(users.chief, advisoryActions.send, {
      title: "提示",
      body: "正文内容",
      urgency: "NORMAL",
      targetKind: "WORKSTATIONS",
    });
    expect(!empty.ok && empty.fieldErrors?.workstationIds).toEqual(["advisories.errors.chooseTargets"]);
  });

  it("tells the liaisons of the enterprises reached, urgent ones as urgent", async () => {
    const { id } = await sendAdvisory(
      users.officer1,
      draft({ urgency: "URGENT", targetKind: "ENTERPRISES", enterpriseIds: [users.liaison1.enterpriseId!] }),
    );
    const notes = await getDb().notification.findMany({ where: { link: `/advisories/${id}` } });
    expect(notes.map((n) => [n.userId, n.kind])).toContainEqual([users.liaison1.id, "advisoryUrgent"]);
    expect(notes.map((n) => n.userId)).not.toContain(users.liaison2.id);
  });
});

describe("reading and acknowledging", () => {
  it("counts each enterprise's reading and acknowledgement once, and the sender's rates follow", async () => {
    const { id } = await sendAdvisory(users.chief, draft());
    const rates = async () => (await getAdvisoryForUser(users.chief, id))!.rates;
    const start = await rates();
    expect(start).toMatchObject({ read: 0, acknowledged: 0 });

    expect(await markAdvisoryRead(users.liaison1, { advisoryId: id })).toEqual({ read: true });
    expect(await markAdvisoryRead(users.liaison1, { advisoryId: id })).toEqual({ read: false });
    expect(await rates()).toEqual({ ...start, read: 1, acknowledged: 0 });

    const first = await runAs(users.liaison1, advisoryActions.acknowledge, { advisoryId: id });
    const again = await runAs(users.liaison1, advisoryActions.acknowledge, { advisoryId: id });
    expect(first).toMatchObject({ ok: true, data: { acknowledged: true } });
    expect(again).toMatchObject({ ok: true, data: { acknowledged: false } });
    expect(await rates()).toEqual({ ...start, read: 1, acknowledged: 1 });

    // Acknowledging without opening first counts as read too.
    await acknowledgeAdvisory(users.liaison2, { advisoryId: id });
    expect(await rates()).toEqual({ ...start, read: 2, acknowledged: 2 });
    expect(await getDb().auditEvent.count({ where: { action: "advisory.acknowledge", entityId: id } })).toBe(2);

    await expectTalliesMatchRows(id);
  });

  it("lists a liaison's unacknowledged urgent advisories on top, expired ones off the home", async () => {
    const mine = { targetKind: "ENTERPRISES", enterpriseIds: [users.liaison1.enterpriseId!] };
    const normal = await sendAdvisory(users.officer1, draft({ ...mine, title: "普通提示" }));
    setClock("2026-11-10T11:00:00+08:00");
    const urgent = await sendAdvisory(users.officer1, draft({ ...mine, title: "紧急提示", urgency: "URGENT" }));
    setClock("2026-11-10T12:00:00+08:00");
    const acked = await sendAdvisory(users.officer1, draft({ ...mine, title: "已确认的紧急", urgency: "URGENT" }));
    await acknowledgeAdvisory(users.liaison1, { advisoryId: acked.id });
    const expiring = await sendAdvisory(users.officer1, draft({ ...mine, expiresOn: chinaDate(clock.now()) }));

    const { rows } = await listReceivedAdvisories(users.liaison1, { pageSize: 100 });
    const order = rows.map((r) => r.advisory.id);
    expect(order.indexOf(urgent.id)).toBeLessThan(order.indexOf(normal.id));
    expect(order.indexOf(normal.id)).toBeLessThan(order.indexOf(acked.id));
    expect(rows.filter((r) => r.urgent && !r.acknowledgedAt).map((r) => r.advisory.id)[0]).toBe(urgent.id);

    setClock(addDays(clock.now(), 1).toISOString());
    const home = await listReceivedAdvisories(users.liaison1, { active: true, pageSize: 100 });
    expect(home.rows.map((r) => r.advisory.id)).not.toContain(expiring.id);
    expect(home.rows.map((r) => r.advisory.id)).toContain(urgent.id);
  });
});

describe("reminding", () => {
  it("reminds only the enterprises that have not acknowledged, at most once an hour", async () => {
    const picked = [users.liaison1.enterpriseId!, users.liaison2.enterpriseId!];
    const { id } = await sendAdvisory(users.chief, draft({ targetKind: "ENTERPRISES", enterpriseIds: picked }));
    await acknowledgeAdvisory(users.liaison1, { advisoryId: id });

    const result = await runAs(users.chief, advisoryActions.remind, { advisoryId: id });
    expect(result).toMatchObject({ ok: true, data: { reminded: 1 } });
    const reminders = await getDb().notification.findMany({
      where: { kind: "advisoryReminder", link: `/advisories/${id}` },
    });
    expect(reminders.map((n) => n.userId)).toContain(users.liaison2.id);
    expect(reminders.map((n) => n.userId)).not.toContain(users.liaison1.id);
    const rows = await getDb().advisoryRecipient.findMany({
      where: { advisoryId: id },
      orderBy: { remindCount: "asc" },
    });
    expect(rows.map((r) => r.remindCount)).toEqual([0, 1]);

    const soon = await runAs(users.chief, advisoryActions.remind, { advisoryId: id });
    expect(soon).toMatchObject({ ok: false, message: "advisories.errors.remindedRecently" });

    setClock("2026-11-10T11:30:00+08:00");
    expect(await remindAdvisory(users.chief, { advisoryId: id })).toMatchObject({ reminded: 1 });
    expect(await getDb().auditEvent.count({ where: { action: "advisory.remind", entityId: id } })).toBe(2);

    await acknowledgeAdvisory(users.liaison2, { advisoryId: id });
    setClock("2026-11-10T13:00:00+08:00");
    const none = await runAs(users.chief, advisoryActions.remind, { advisoryId: id });
    expect(none).toMatchObject({ ok: false, message: "advisories.errors.nothingToRemind" });
  });

  it("refuses reminding an expired advisory and another officer's advisory", async () => {
    const { id } = await sendAdvisory(users.officer1, draft({ expiresOn: chinaDate(clock.now()) }));
    expect(await runAs(users.officer2, advisoryActions.remind, { advisoryId: id })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    setClock("2026-11-11T10:00:00+08:00");
    expect(await runAs(users.officer1, advisoryActions.remind, { advisoryId: id })).toMatchObject({
      ok: false,
      message: "advisories.errors.expired",
    });
  });
});

describe("scopes", () => {
  it("shows a liaison their own enterprise's row only, and no advisory that did not reach them", async () => {
    const picked = [users.liaison1.enterpriseId!, users.liaison2.enterpriseId!];
    const both = await sendAdvisory(users.chief, draft({ targetKind: "ENTERPRISES", enterpriseIds: picked }));
    const onlyTwo = await sendAdvisory(
      users.officer2,
      draft({ targetKind: "ENTERPRISES", enterpriseIds: [users.liaison2.enterpriseId!] }),
    );
    await acknowledgeAdvisory(users.liaison2, { advisoryId: both.id });

    expect(await getAdvisoryForUser(users.liaison1, onlyTwo.id)).toBeNull();
    const seen = await getAdvisoryForUser(users.liaison1, both.id);
    expect(seen?.own).toEqual({ readAt: null, acknowledgedAt: null });

    // The pending lists and the export give a liaison nothing of another enterprise.
    const pending = await pendingRecipients(users.liaison1, both.id, "unacknowledged");
    expect(pending.rows.map((r) => r.enterprise.id)).toEqual([users.liaison1.enterpriseId]);
    const exported = await allPendingRecipients(users.liaison1, both.id, "unread");
    expect(exported.every((r) => r.enterprise.id === users.liaison1.enterpriseId)).toBe(true);

    const received = await listReceivedAdvisories(users.liaison1, { pageSize: 500 });
    expect(received.rows.map((r) => r.advisory.id)).not.toContain(onlyTwo.id);
    await expect(markAdvisoryRead(users.liaison1, { advisoryId: onlyTwo.id })).rejects.toThrow("errors.notFound");
  });

  it("shows an officer the advisories they sent, a chief the county's, an admin none", async () => {
    const { id } = await sendAdvisory(users.officer1, draft());
    expect(await getAdvisoryForUser(users.officer2, id)).toBeNull();
    expect(await getAdvisoryForUser(users.chief, id)).not.toBeNull();
    expect(await getAdvisoryForUser(users.admin, id)).toBeNull();
    expect((await listSentAdvisories(users.officer2)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listSentAdvisories(users.officer1)).rows.map((r) => r.id)).toContain(id);
    expect(await pendingRecipients(users.officer2, id, "unread")).toEqual({ rows: [], total: 0 });
  });

  it("pages the not-read list", async () => {
    const { id, recipients } = await sendAdvisory(users.chief, draft());
    await markAdvisoryRead(users.liaison1, { advisoryId: id });
    const first = await pendingRecipients(users.chief, id, "unread", 1);
    expect(first.total).toBe(recipients - 1);
    expect(first.rows.map((r) => r.enterprise.id)).not.toContain(users.liaison1.enterpriseId);
    const pages = Math.ceil(first.total / 50);
    const last = await pendingRecipients(users.chief, id, "unread", pages);
    expect(last.rows.length).toBe(first.total - (pages - 1) * 50);
  });
});

describe("the dashboard figure", () => {
  const scopeOf = (params: Record<string, string>) => dashboardScope(parseDashboardFilters(params), clock.now());

  it("counts the period's advisories and each station's acknowledged share as the rows say", async () => {
    const before = (await advisoryFigures(users.chief, scopeOf({ period: "month" })))!;
    const { id } = await sendAdvisory(users.chief, draft({ urgency: "URGENT" }));
    await acknowledgeAdvisory(users.liaison1, { advisoryId: id });
    const after = (await advisoryFigures(users.chief, scopeOf({ period: "month" })))!;
    expect(after.sent).toBe(before.sent + 1);

    const from = new Date("2026-10-31T16:00:00Z");
    const rows = await getDb().advisoryRecipient.groupBy({
      by: ["stationId"],
      where: { bureauId: users.chief.bureauId, advisory: { createdAt: { gte: from } } },
      _count: { _all: true, acknowledgedAt: true },
    });
    for (const row of rows) {
      const station = after.stations.find((s) => s.id === row.stationId)!;
      expect([station.reached, station.acknowledged]).toEqual([row._count._all, row._count.acknowledgedAt]);
      expect(station.acknowledgeRate).toBeCloseTo(row._count.acknowledgedAt / row._count._all);
    }
    const own = after.stations.find((s) => s.id === users.officer1.stationId)!;
    const ownBefore = before.stations.find((s) => s.id === users.officer1.stationId)!;
    expect(own.advisories).toBe(ownBefore.advisories + 1);
    expect(own.acknowledged).toBe(ownBefore.acknowledged + 1);
  });

  it("narrows to a station, leaves out a workstation's view and counts nothing outside the period", async () => {
    const station = users.officer1.stationId!;
    const narrowed = (await advisoryFigures(users.chief, scopeOf({ period: "month", station })))!;
    expect(narrowed.stations.map((s) => s.id)).toEqual([station]);
    expect(narrowed.sent).toBe(narrowed.stations[0]!.advisories);
    const workstation = (await getDb().workstation.findFirstOrThrow({ where: { stationId: station } })).id;
    expect(await advisoryFigures(users.chief, scopeOf({ period: "month", station, workstation }))).toBeNull();
    const earlier = (await advisoryFigures(
      users.chief,
      scopeOf({ period: "custom", from: "2026-09-01", to: "2026-09-30" }),
    ))!;
    expect(earlier.sent).toBe(0);
    await expect(advisoryFigures(users.officer1, scopeOf({ period: "month" }))).rejects.toThrow("errors.forbidden");
  });

  it("goes into the dashboard's export as a table per station and a figure of the summary", async () => {
    const scope = scopeOf({ period: "month" });
    const figures = (await advisoryFigures(users.chief, scope))!;
    const labels: ExportLabels = {
      title: (x) => x,
      column: (k) => k,
      category: (c) => c,
      ticketStatus: (x) => x,
      light: (l) => l,
      name: (zh) => zh,
    };
    const tables = await exportTables(users.chief, scope, labels);
    const table = tables.find((x) => x.name === "advisories")!;
    expect(table.columns).toEqual(["station", "advisories", "reached", "read", "acknowledged", "acknowledgeRate"]);
    expect(table.rows).toEqual(
      figures.stations.map((s) => [
        s.name,
        s.advisories,
        s.reached,
        s.read,
        s.acknowledged,
        s.acknowledgeRate === null ? null : { kind: "share", value: s.acknowledgeRate },
      ]),
    );
    expect(table.rows.length).toBeGreaterThan(0);
    const summary = tables.find((x) => x.name === "summary")!;
    expect(summary.rows).toContainEqual(["advisoriesSent", figures.sent]);
  });
});

describe("what an advisory was sent to", () => {
  it("names the chosen stations, and the first enterprises of a long pick with how many there were", async () => {
    const stations = await getDb().station.findMany({
      where: { bureauId: users.chief.bureauId, active: true },
      orderBy: { name: "asc" },
      take: 2,
    });
    const byStation = await sendAdvisory(
      users.chief,
      draft({ targetKind: "STATIONS", stationIds: stations.map((s) => s.id) }),
    );
    const sent = (await getDb().advisory.findUniqueOrThrow({ where: { id: byStation.id } }))!;
    expect(await targetNamesOf(users.chief, sent)).toEqual({
      names: stations.map((s) => ({ zh: s.name, en: s.nameEn })),
      total: 2,
    });

    const enterprises = await getDb().enterprise.findMany({
      where: { AND: [enterpriseScope(users.chief), { active: true }] },
      orderBy: { name: "asc" },
      take: TARGET_NAMES_SHOWN + 3,
    });
    const picked = await sendAdvisory(
      users.chief,
      draft({ targetKind: "ENTERPRISES", enterpriseIds: enterprises.map((e) => e.id) }),
    );
    const long = await targetNamesOf(
      users.chief,
      (await getDb().advisory.findUniqueOrThrow({ where: { id: picked.id } }))!,
    );
    expect(long.total).toBe(enterprises.length);
    expect(long.names).toEqual(enterprises.slice(0, TARGET_NAMES_SHOWN).map((e) => ({ zh: e.name, en: e.nameEn })));

    // Read within the reader's bureau: the ids name nothing for a user of another county.
    const other = { ...users.chief, bureauId: "another-bureau" };
    expect((await targetNamesOf(other, sent)).names).toEqual([]);
  });
});
