import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { ticketActions } from "@/lib/tickets/actions-def";
import { createTicket } from "@/lib/tickets/commands";
import { findTicketForUser } from "@/lib/tickets/queries";
import { listTicketsForUser } from "@/lib/tickets/list";
import { OPEN_STATUSES } from "@/lib/tickets/machine";
import { parseTicketFilters } from "@/lib/tickets/filters";
import { HOUR_MS } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

let liaison1: SessionUser, officer1: SessionUser, officer2: SessionUser, chief: SessionUser;
let restoreClock: () => void;

beforeAll(async () => {
  // A Tuesday morning in China; the demo's deadlines and every ticket filed here count from it.
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
  await loadDemo();
  liaison1 = await sessionUserOf("liaison1");
  officer1 = await sessionUserOf("officer1");
  officer2 = await sessionUserOf("officer2");
  chief = await sessionUserOf("chief");
});

afterAll(() => restoreClock());

const file = (title = "夜间围墙外有可疑人员徘徊") =>
  createTicket(liaison1, {
    category: "SECURITY_HAZARD",
    priority: "HIGH",
    title,
    description: "连续三晚发现有人在北侧围墙外逗留。",
    location: "北侧围墙",
  });
const ticket = (id: string) => getDb().ticket.findUniqueOrThrow({ where: { id } });
const ref = async (id: string) => ({ ticketId: id, version: (await ticket(id)).version });
const unread = (user: SessionUser, kind: string) =>
  getDb().notification.count({ where: { userId: user.id, kind, readAt: null } });

describe("filing", () => {
  it("routes to the responsible officer with deadlines from the SLA table and a readable number", async () => {
    const db = getDb();
    await db.slaRule.update({
      where: {
        bureauId_category_priority: { bureauId: liaison1.bureauId, category: "SECURITY_HAZARD", priority: "HIGH" },
      },
      data: { acceptHours: 3, resolveHours: 30 },
    });
    const before = await unread(officer1, "ticketNew");
    const { id, number } = await file();
    const t = await ticket(id);
    expect(t.assigneeId).toBe(officer1.id);
    expect(number).toMatch(/^LX-\d{4}-\d{6}$/);
    expect(t.acceptDueAt.getTime() - t.createdAt.getTime()).toBe(3 * HOUR_MS);
    expect(t.resolveDueAt.getTime() - t.createdAt.getTime()).toBe(30 * HOUR_MS);
    expect(t.dueAt).toEqual(t.acceptDueAt);
    expect(await unread(officer1, "ticketNew")).toBe(before + 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "ticket.create" } });
    expect(audit.actorId).toBe(liaison1.id);
  });

  it("answers bad input at the fields and saves nothing", async () => {
    const before = await getDb().ticket.count();
    const result = await runAs(liaison1, ticketActions.create, {
      category: "NOPE",
      priority: "HIGH",
      title: "x",
      description: "",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["category", "description", "title"]);
    expect(await getDb().ticket.count()).toBe(before);
  });
});

describe("the life of a ticket", () => {
  it("goes from submitted to closed with a rating, with a timeline, audit events and notifications", async () => {
    const { id } = await file();
    expect(await runAs(officer1, ticketActions.accept, await ref(id))).toMatchObject({
      ok: true,
      data: { status: "ACCEPTED" },
    });
    expect(await runAs(officer1, ticketActions.start, await ref(id))).toMatchObject({ ok: true });
    const liaisonComments = await unread(liaison1, "ticketComment");
    expect(await runAs(officer1, ticketActions.comment, { ticketId: id, body: "已安排夜间巡逻。" })).toMatchObject({
      ok: true,
    });
    expect(await unread(liaison1, "ticketComment")).toBe(liaisonComments + 1);
    expect(
      await runAs(officer1, ticketActions.note, { ticketId: id, body: "疑似盗窃踩点，已通报刑侦。" }),
    ).toMatchObject({ ok: true });
    expect(
      await runAs(officer1, ticketActions.resolve, { ...(await ref(id)), summary: "增设巡逻点，人员已劝离。" }),
    ).toMatchObject({ ok: true });
    expect(
      await runAs(liaison1, ticketActions.confirm, { ...(await ref(id)), rating: 5, comment: "处理及时" }),
    ).toMatchObject({ ok: true, data: { status: "CLOSED" } });

    const t = await ticket(id);
    expect(t).toMatchObject({ status: "CLOSED", rating: 5, dueAt: null });
    const actions = (await getDb().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "ticket.create",
      "ticket.accept",
      "ticket.start",
      "ticket.comment",
      "ticket.note",
      "ticket.resolve",
      "ticket.confirm",
    ]);
    const accept = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "ticket.accept" } });
    expect(accept.before).toMatchObject({ status: "SUBMITTED" });
    expect(accept.after).toMatchObject({ status: "ACCEPTED" });
  });

  it("never gives liaisons internal notes, while police see them", async () => {
    const { id } = await file();
    await runAs(officer1, ticketActions.note, { ticketId: id, body: "内部：涉及员工纠纷。" });
    await runAs(officer1, ticketActions.comment, { ticketId: id, body: "已收到。" });
    const forLiaison = await findTicketForUser(liaison1, id);
    expect(forLiaison!.events.map((e) => e.kind)).toEqual(["CREATED", "COMMENT"]);
    expect(JSON.stringify(forLiaison)).not.toContain("内部：涉及员工纠纷");
    const forOfficer = await findTicketForUser(officer1, id);
    expect(forOfficer!.events.map((e) => e.kind)).toContain("INTERNAL_NOTE");
  });

  it("refuses a transition the machine forbids, with a clear message", async () => {
    const { id } = await file();
    const result = await runAs(officer1, ticketActions.resolve, { ...(await ref(id)), summary: "直接办结" });
    expect(result).toEqual({ ok: false, code: "rejected", message: "tickets.errors.transitionNotAllowed" });
    expect((await ticket(id)).status).toBe("SUBMITTED");
  });
});

describe("two people at once", () => {
  it("lets exactly one of two concurrent accepts through; the other is told the ticket changed", async () => {
    const { id } = await file();
    const seen = await ref(id);
    const results = await Promise.all([
      runAs(officer1, ticketActions.accept, seen),
      runAs(chief, ticketActions.accept, seen),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: "conflict", message: "errors.conflict" }]);
    const t = await ticket(id);
    expect(t).toMatchObject({ status: "ACCEPTED", version: seen.version + 1 });
    expect(await getDb().ticketEvent.count({ where: { ticketId: id, kind: "STATUS_CHANGED" } })).toBe(1);
  });

  it("refuses a change made on a stale version without overwriting anything", async () => {
    const { id } = await file();
    const stale = await ref(id);
    await runAs(officer1, ticketActions.transfer, { ...stale, officerId: officer2.id, reason: "转交姜山所" });
    const result = await runAs(chief, ticketActions.transfer, { ...stale, officerId: officer1.id, reason: "改回" });
    expect(result).toEqual({ ok: false, code: "conflict", message: "errors.conflict" });
    expect((await ticket(id)).assigneeId).toBe(officer2.id);
  });
});

describe("ratings, reopening and escalation", () => {
  async function resolved() {
    const { id } = await file();
    await runAs(officer1, ticketActions.accept, await ref(id));
    await runAs(officer1, ticketActions.start, await ref(id));
    await runAs(officer1, ticketActions.resolve, { ...(await ref(id)), summary: "已处理" });
    return id;
  }

  it("a rating of 1–2 reopens the ticket and flags it for the chief", async () => {
    const id = await resolved();
    const before = await unread(chief, "ticketLowRating");
    const reopened = await unread(officer1, "ticketReopened");
    expect(
      await runAs(liaison1, ticketActions.confirm, { ...(await ref(id)), rating: 2, comment: "没有解决" }),
    ).toMatchObject({ ok: true, data: { status: "REOPENED" } });
    const t = await ticket(id);
    expect(t).toMatchObject({ status: "REOPENED", rating: 2, flaggedForChief: true, reopenCount: 1 });
    expect(t.dueAt).toEqual(t.resolveDueAt);
    expect(await unread(chief, "ticketLowRating")).toBe(before + 1);
    expect(await unread(officer1, "ticketReopened")).toBe(reopened + 1);
  });

  it("escalation is possible only when overdue or reopened twice", async () => {
    const id = await resolved();
    await runAs(liaison1, ticketActions.reopen, { ...(await ref(id)), reason: "仍有问题" });
    expect(await runAs(liaison1, ticketActions.escalate, { ...(await ref(id)), reason: "办不成" })).toEqual({
      ok: false,
      code: "rejected",
      message: "tickets.errors.cannotEscalate",
    });
    await runAs(officer1, ticketActions.start, await ref(id));
    await runAs(officer1, ticketActions.resolve, { ...(await ref(id)), summary: "再次处理" });
    await runAs(liaison1, ticketActions.reopen, { ...(await ref(id)), reason: "还是没解决" });
    const chiefBefore = await unread(chief, "ticketEscalated");
    expect(
      await runAs(liaison1, ticketActions.escalate, { ...(await ref(id)), reason: "两次返工仍未解决" }),
    ).toMatchObject({ ok: true });
    expect(await ticket(id)).toMatchObject({ flaggedForChief: true, escalationReason: "两次返工仍未解决" });
    expect(await unread(chief, "ticketEscalated")).toBe(chiefBefore + 1);
    // Only once.
    expect(await runAs(liaison1, ticketActions.escalate, { ...(await ref(id)), reason: "再次上报" })).toEqual({
      ok: false,
      code: "rejected",
      message: "tickets.errors.cannotEscalate",
    });
  });
});

describe("help and hand-over", () => {
  it("a department asked for help can see and work the ticket", async () => {
    const { id } = await file();
    const helper = await getDb().user.findFirstOrThrow({
      where: { role: "OFFICER", departmentId: { not: null }, stationId: null },
    });
    const helperUser = await sessionUserOf(helper.username);
    expect(await findTicketForUser(helperUser, id)).toBeNull();
    expect(
      await runAs(officer1, ticketActions.requestHelp, {
        ticketId: id,
        departmentId: helper.departmentId,
        note: "请协助研判",
      }),
    ).toMatchObject({ ok: true });
    expect(await findTicketForUser(helperUser, id)).not.toBeNull();
    expect(await runAs(helperUser, ticketActions.note, { ticketId: id, body: "已调取周边监控。" })).toMatchObject({
      ok: true,
    });
    expect(await unread(helperUser, "ticketHelpRequested")).toBeGreaterThan(0);
    expect(
      await runAs(officer1, ticketActions.requestHelp, { ticketId: id, departmentId: helper.departmentId, note: "" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { departmentId: ["tickets.errors.alreadyAsked"] },
    });
  });

  it("a chief reassigns a ticket; the new officer sees it and is told", async () => {
    const { id } = await file();
    expect(await findTicketForUser(officer2, id)).toBeNull();
    const before = await unread(officer2, "ticketTransferred");
    expect(
      await runAs(chief, ticketActions.transfer, {
        ...(await ref(id)),
        officerId: officer2.id,
        reason: "由姜山所接办",
      }),
    ).toMatchObject({ ok: true });
    expect(await findTicketForUser(officer2, id)).not.toBeNull();
    expect(await unread(officer2, "ticketTransferred")).toBe(before + 1);
  });
});

describe("queue", () => {
  it("orders by the deadline that applies now, overdue first, finished last", async () => {
    const list = await listTicketsForUser(officer1, parseTicketFilters({ status: "all" }));
    const dues = list.rows.map((r) => r.dueAt?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(list.rows.length).toBeGreaterThan(0);
  });

  it("counts open work per status and the overdue filter matches the overdue count", async () => {
    const list = await listTicketsForUser(officer1, parseTicketFilters({ status: "all" }));
    // Open work is counted per status; finished statuses carry no count (their tab shows its total).
    const open = await listTicketsForUser(officer1, parseTicketFilters({ status: "open" }));
    expect(list.counts.open).toBe(open.total);
    expect(
      Object.keys(list.counts).filter((k) => ["RESOLVED", "CLOSED", "REJECTED", "WITHDRAWN", "all"].includes(k)),
    ).toEqual([]);
    const overdue = await listTicketsForUser(officer1, parseTicketFilters({ status: "all", overdue: "1" }));
    expect(overdue.total).toBe(list.counts.overdue);
    expect(overdue.rows.every((r) => r.dueAt && r.dueAt < clock.now())).toBe(true);
  });

  it("gives every list its exact total, also where the per-status counts stand in for a count", async () => {
    // The total against the rows themselves: every page read until a short one.
    const rowsOf = async (user: SessionUser, query: Record<string, string>) => {
      const ids: string[] = [];
      for (let page = 1; ; page++) {
        const list = await listTicketsForUser(user, parseTicketFilters({ ...query, page: String(page) }));
        ids.push(...list.rows.map((r) => r.id));
        if (list.rows.length < list.pageSize) return { total: list.total, ids };
      }
    };
    const queries: Record<string, string>[] = [
      { status: "open" },
      ...OPEN_STATUSES.map((status) => ({ status })),
      { status: "open", overdue: "1" },
      { status: "open", category: "SECURITY_HAZARD" },
      { status: "SUBMITTED", q: "LX" },
      { status: "RESOLVED" },
      { status: "all" },
    ];
    for (const user of [officer1, chief, liaison1]) {
      for (const query of queries) {
        const { total, ids } = await rowsOf(user, query);
        expect({ user: user.username, query, total }).toEqual({ user: user.username, query, total: ids.length });
      }
    }
    // Not a vacuous check: the chief has open work, and all of it spans more than one page.
    expect((await rowsOf(chief, { status: "open" })).ids.length).toBeGreaterThan(0);
    expect((await rowsOf(chief, { status: "all" })).ids.length).toBeGreaterThan(20);
  });

  it("finds a ticket by its number or words of its title, within scope only", async () => {
    const { id, number } = await file("配电房门锁损坏需要处理");
    expect((await listTicketsForUser(officer1, parseTicketFilters({ q: number }))).rows.map((r) => r.id)).toEqual([id]);
    expect((await listTicketsForUser(liaison1, parseTicketFilters({ q: "配电房门锁" }))).rows.map((r) => r.id)).toEqual(
      [id],
    );
    expect((await listTicketsForUser(officer2, parseTicketFilters({ q: number }))).total).toBe(0);
  });

  it("shows a liaison only their enterprise's tickets, a page at a time", async () => {
    const list = await listTicketsForUser(liaison1, parseTicketFilters({ status: "all" }));
    expect(list.rows.every((r) => r.enterprise.id === liaison1.enterpriseId)).toBe(true);
    const page2 = await listTicketsForUser(liaison1, parseTicketFilters({ status: "all", page: "2" }));
    if (list.total > list.pageSize) expect(page2.rows[0]!.id).not.toBe(list.rows[0]!.id);
    else expect(page2.rows).toEqual([]);
  });

  it("gives the chief the county's escalated, flagged and overdue tickets", async () => {
    const list = await listTicketsForUser(chief, parseTicketFilters({ attention: "1", status: "all" }));
    expect(list.total).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.flaggedForChief || r.escalatedAt || (r.dueAt && r.dueAt < clock.now()))).toBe(true);
  });
});

describe("deadline breaches", () => {
  /** The chief's digest of the day, as stored. */
  const digest = async () => {
    const rows = await getDb().notification.findMany({
      where: { userId: chief.id, kind: "ticketsOverdueDigest" },
      select: { params: true, link: true, readAt: true },
    });
    expect(rows.length).toBeLessThanOrEqual(1);
    return rows[0];
  };
  const digestCount = async () => ((await digest())?.params as { count?: number } | undefined)?.count ?? 0;

  it("tell the chiefs once per passed deadline, in one notification of the day that counts them", async () => {
    const { notifyDeadlineBreaches } = await import("@/lib/tickets/breaches");
    const db = getDb();
    const { id } = await file();
    await notifyDeadlineBreaches(db); // the demo's overdue tickets
    await db.ticket.update({ where: { id }, data: { dueAt: new Date(clock.now().getTime() - 60_000) } });
    const before = await digestCount();
    expect(before).toBeGreaterThan(0);
    // The chief has read the day's digest; a further breach counts in it and makes it unread again.
    await db.notification.updateMany({ where: { userId: chief.id }, data: { readAt: clock.now() } });
    expect(await notifyDeadlineBreaches(db)).toBe(1);
    expect(await digest()).toEqual({
      params: { count: before + 1, date: "2026-03-10" },
      link: "/tickets?overdue=1",
      readAt: null,
    });
    expect(await unread(chief, "ticketOverdue")).toBe(0);
    expect(await notifyDeadlineBreaches(db)).toBe(0);
    // Accepting sets a new deadline; once it passes, the chiefs hear again.
    await db.ticket.update({ where: { id }, data: { dueAt: new Date(clock.now().getTime() + 60_000) } });
    await runAs(officer1, ticketActions.accept, await ref(id));
    await db.ticket.update({ where: { id }, data: { dueAt: new Date(clock.now().getTime() - 1_000) } });
    expect(await notifyDeadlineBreaches(db)).toBe(1);
    expect(await digestCount()).toBe(before + 2);
  });

  it("work in small batches, and two checks at once count each ticket exactly once in one digest", async () => {
    const { notifyDeadlineBreaches } = await import("@/lib/tickets/breaches");
    const db = getDb();
    await notifyDeadlineBreaches(db);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await file(`批量超时 ${i}`)).id);
    await db.ticket.updateMany({
      where: { id: { in: ids } },
      data: { dueAt: new Date(clock.now().getTime() - 60_000) },
    });
    const before = await digestCount();
    // Batches of two: several short transactions each, running side by side as two replicas would.
    const [a, b] = await Promise.all([
      notifyDeadlineBreaches(db, clock.now(), 2),
      notifyDeadlineBreaches(db, clock.now(), 2),
    ]);
    expect(a + b).toBe(7);
    expect(await digestCount()).toBe(before + 7);
    expect(await db.ticket.count({ where: { id: { in: ids }, breachNotifiedAt: null } })).toBe(0);
  });

  it("start a new digest on the next China day", async () => {
    const { notifyDeadlineBreaches } = await import("@/lib/tickets/breaches");
    const db = getDb();
    await notifyDeadlineBreaches(db);
    const { id } = await file("次日超时");
    const tomorrow = new Date(clock.now().getTime() + 24 * HOUR_MS);
    await db.ticket.update({ where: { id }, data: { dueAt: new Date(tomorrow.getTime() - 60_000) } });
    // The demo's other deadlines of the next day pass too.
    const marked = await notifyDeadlineBreaches(db, tomorrow);
    expect(marked).toBeGreaterThanOrEqual(1);
    expect((await ticket(id)).breachNotifiedAt).toEqual(tomorrow);
    const rows = await db.notification.findMany({
      where: { userId: chief.id, kind: "ticketsOverdueDigest" },
      orderBy: { createdAt: "asc" },
      select: { params: true },
    });
    expect(rows.map((r) => (r.params as { date: string }).date)).toEqual(["2026-03-10", "2026-03-11"]);
    expect(rows[1]!.params).toEqual({ count: marked, date: "2026-03-11" });
  });
});

describe("list scope", () => {
  it("selects exactly the tickets the per-ticket scope allows, for every demo user", async () => {
    const { ticketScope, ticketListScope } = await import("@/lib/tickets/policy");
    const helper = await getDb().user.findFirstOrThrow({
      where: { role: "OFFICER", departmentId: { not: null }, stationId: null },
    });
    for (const username of ["liaison1", "liaison2", "officer1", "officer2", helper.username, "chief", "admin"]) {
      const user = await sessionUserOf(username);
      const responsibleFor = (
        await getDb().enterprise.findMany({ where: { responsibleOfficerId: user.id }, select: { id: true } })
      ).map((e) => e.id);
      const ids = async (where: object) =>
        (await getDb().ticket.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
      expect(await ids(ticketListScope(user, responsibleFor)), username).toEqual(await ids(ticketScope(user)));
    }
  });
});
