import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { getDb } from "@/lib/db";
import type { ActionDefinition } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { disputeActions } from "@/lib/disputes/actions-def";
import { logSession, recordDispute, resolveDispute } from "@/lib/disputes/commands";
import { disputeFiguresForChief, disputesOfEnterprise, listDisputes, openRiskDisputes } from "@/lib/disputes/queries";
import { logSessionSchema, recordDisputeSchema } from "@/lib/disputes/schemas";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

const HOUR = 3_600_000;
/** A China-time datetime-local value, written out independently of lib/disputes. */
const chinaLocal = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 16);
const hoursFromNow = (hours: number) => chinaLocal(new Date(clock.now().getTime() + hours * HOUR));
const anHourAgo = () => hoursFromNow(-1);

const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const;
const users: Record<string, SessionUser> = {};
let own: string; // liaison1's enterprise, officer1's
let other: string; // liaison2's enterprise, officer2's

// Mid-year, so that "this year" and "last year" are never a day apart.
let restoreClock = () => {};
beforeAll(async () => {
  restoreClock = setClock("2026-06-10T10:00:00+08:00");
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  own = users.liaison1!.enterpriseId!;
  other = users.liaison2!.enterpriseId!;
});

afterAll(() => restoreClock());

let seq = 0;
const input = (over: Record<string, unknown> = {}) => ({
  enterpriseId: own,
  kind: "LABOR",
  parties: `分包工人 ${++seq} 人与总包单位`,
  description: "结算后工资未发放，工人聚集在工地门口。",
  ...over,
});

/** A fresh dispute of liaison1's enterprise, moved to `status` through the commands themselves. */
async function disputeIn(status: "OPEN" | "MEDIATING" | "RESOLVED", over: Record<string, unknown> = {}) {
  const { id } = await recordDispute(users.officer1!, recordDisputeSchema.parse(input(over)));
  if (status !== "OPEN")
    await logSession(
      users.officer1!,
      logSessionSchema.parse({ disputeId: id, version: 0, heldAt: anHourAgo(), notes: "首次调解" }),
    );
  if (status === "RESOLVED")
    await resolveDispute(users.officer1!, { disputeId: id, version: 1, outcome: "总包先行垫付" });
  return getDb().dispute.findUniqueOrThrow({ where: { id } });
}

const snapshot = async (id?: string) => ({
  dispute: id ? await getDb().dispute.findUnique({ where: { id } }) : await getDb().dispute.count(),
  sessions: await getDb().mediationSession.count(),
  audits: await getDb().auditEvent.count({ where: { action: { startsWith: "dispute." } } }),
  notes: await getDb().notification.count({ where: { kind: { startsWith: "dispute" } } }),
});

type Case = readonly [(typeof NAMES)[number], string | null];
const refusals = (allowed: string[], outOfScope: string[]): Case[] =>
  NAMES.map(
    (n) => [n, allowed.includes(n) ? null : outOfScope.includes(n) ? "errors.notFound" : "errors.forbidden"] as const,
  );
const POLICE = ["officer1", "chief"];

describe("who may do what on a dispute of liaison1's enterprise", () => {
  it.each(refusals(POLICE, ["officer2"]))("record as %s → %s", async (name, error) => {
    const before = await snapshot();
    const result = await runAs(users[name]!, disputeActions.record, input());
    if (error === null) {
      expect(result).toMatchObject({ ok: true });
      expect(await snapshot()).toEqual({
        ...before,
        dispute: (before.dispute as number) + 1,
        audits: before.audits + 1,
      });
    } else {
      expect(result).toMatchObject({ ok: false, message: error });
      expect(await snapshot()).toEqual(before);
    }
  });

  const actions = [
    // Inputs are made when a case runs: the test clock is set only then.
    ["logSession", () => ({ heldAt: anHourAgo(), notes: "双方到场，初步沟通" }), 1],
    ["setRisk", () => ({ risk: true }), 0],
    ["resolve", () => ({ outcome: "达成协议，当场支付" }), 0],
    ["refer", () => ({ referredTo: "LABOUR_ARBITRATION", details: "引导申请劳动仲裁" }), 0],
  ] as const;
  for (const [action, extra, sessions] of actions) {
    for (const status of ["OPEN", "MEDIATING"] as const) {
      it.each(refusals(POLICE, ["officer2"]))(`${action} on ${status} as %s → %s`, async (name, error) => {
        const dispute = await disputeIn(status);
        const before = await snapshot(dispute.id);
        const audited = () =>
          getDb().auditEvent.count({
            where: { entityId: dispute.id, action: `dispute.${action}`, actorId: users[name]!.id },
          });
        const auditedBefore = await audited();
        const result = await runAs(users[name]!, disputeActions[action] as ActionDefinition<z.ZodType, unknown>, {
          disputeId: dispute.id,
          version: dispute.version,
          ...extra(),
        });
        if (error === null) {
          expect(result).toMatchObject({ ok: true, data: { version: dispute.version + 1 } });
          expect(await audited()).toBe(auditedBefore + 1);
          expect(await getDb().mediationSession.count()).toBe(before.sessions + sessions);
        } else {
          expect(result).toMatchObject({ ok: false, message: error });
          expect(await snapshot(dispute.id)).toEqual(before);
        }
      });
    }
  }
});

describe("scope", () => {
  it("puts a dispute without enterprise at the recorder's station, visible to them and chiefs only", async () => {
    const result = await runAs(users.officer2!, disputeActions.record, input({ enterpriseId: "" }));
    if (!result.ok) throw new Error(result.message);
    const dispute = await getDb().dispute.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(dispute).toMatchObject({
      enterpriseId: null,
      stationId: users.officer2!.stationId,
      recordedById: users.officer2!.id,
    });
    const ref = { disputeId: dispute.id, version: 0, heldAt: anHourAgo(), notes: "当面调解" };
    expect(await runAs(users.officer1!, disputeActions.logSession, ref)).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await runAs(users.chief!, disputeActions.logSession, ref)).toMatchObject({ ok: true });
    const ids = async (name: string) => (await listDisputes(users[name]!, { pageSize: 1000 })).rows.map((r) => r.id);
    expect(await ids("officer2")).toContain(dispute.id);
    expect(await ids("chief")).toContain(dispute.id);
    expect(await ids("officer1")).not.toContain(dispute.id);
  });

  it("puts a dispute at an enterprise at that enterprise's station", async () => {
    const result = await runAs(users.officer2!, disputeActions.record, input({ enterpriseId: other }));
    if (!result.ok) throw new Error(result.message);
    const enterprise = await getDb().enterprise.findUniqueOrThrow({
      where: { id: other },
      include: { workstation: true },
    });
    expect((await getDb().dispute.findUniqueOrThrow({ where: { id: result.data.id } })).stationId).toBe(
      enterprise.workstation.stationId,
    );
  });

  it("asks a recorder without a station to name the enterprise", async () => {
    const stationless = { ...users.chief!, stationId: null };
    const before = await snapshot();
    const result = await runAs(stationless, disputeActions.record, input({ enterpriseId: "" }));
    expect(result.ok ? null : result.fieldErrors).toEqual({ enterpriseId: ["disputes.errors.enterpriseNeeded"] });
    expect(await snapshot()).toEqual(before);
    expect(await runAs(stationless, disputeActions.record, input())).toMatchObject({ ok: true });
  });

  it("refuses an inactive enterprise as not found", async () => {
    await getDb().enterprise.update({ where: { id: other }, data: { active: false } });
    try {
      const before = await snapshot();
      expect(await runAs(users.officer2!, disputeActions.record, input({ enterpriseId: other }))).toMatchObject({
        ok: false,
        message: "errors.notFound",
      });
      expect(await snapshot()).toEqual(before);
    } finally {
      await getDb().enterprise.update({ where: { id: other }, data: { active: true } });
    }
  });
});

describe("life of a dispute", () => {
  it("goes record → session → flagged → session → resolved, audited, with the chiefs told of the risk", async () => {
    const officer = users.officer1!;
    const recorded = await runAs(officer, disputeActions.record, input());
    if (!recorded.ok) throw new Error(recorded.message);
    const id = recorded.data.id;
    const step = async <S extends z.ZodType, T>(def: ActionDefinition<S, T>, extra: Record<string, unknown>) => {
      const { version } = await getDb().dispute.findUniqueOrThrow({ where: { id } });
      const result = await runAs(officer, def, { disputeId: id, version, ...extra });
      expect(result).toMatchObject({ ok: true });
    };
    const later = hoursFromNow(-1);
    const earlier = hoursFromNow(-30);
    await step(disputeActions.logSession, { heldAt: later, notes: "第二次：双方同意垫付" });
    expect((await getDb().dispute.findUniqueOrThrow({ where: { id } })).status).toBe("MEDIATING");
    await step(disputeActions.setRisk, { risk: "true" });
    // A session logged late, for an earlier date, still reads in time order.
    await step(disputeActions.logSession, { heldAt: earlier, notes: "第一次：了解情况" });
    await step(disputeActions.resolve, { outcome: "总包先行垫付工资，向劳务队负责人追偿" });
    const dispute = await getDb().dispute.findUniqueOrThrow({
      where: { id },
      include: { sessions: { orderBy: { heldAt: "asc" } } },
    });
    expect(dispute).toMatchObject({
      status: "RESOLVED",
      version: 4,
      escalationRisk: true,
      outcome: "总包先行垫付工资，向劳务队负责人追偿",
    });
    expect(dispute.closedAt).not.toBeNull();
    expect(dispute.sessions.map((s) => s.notes)).toEqual(["第一次：了解情况", "第二次：双方同意垫付"]);
    expect(dispute.sessions.every((s) => s.mediatorId === officer.id)).toBe(true);
    const audits = await getDb().auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "dispute.record",
      "dispute.logSession",
      "dispute.setRisk",
      "dispute.logSession",
      "dispute.resolve",
    ]);
    const chiefs = await getDb().user.findMany({
      where: { bureauId: officer.bureauId, role: "CHIEF", active: true },
      select: { id: true },
    });
    const told = await getDb().notification.findMany({ where: { link: `/disputes/${id}` } });
    expect(told.map((n) => n.userId).sort()).toEqual(chiefs.map((c) => c.id).sort());
    expect(told.every((n) => n.kind === "disputeRiskFlagged")).toBe(true);

    // Closed: no more sessions or flag changes.
    const closed = { disputeId: id, version: 4 };
    expect(
      await runAs(officer, disputeActions.logSession, { ...closed, heldAt: later, notes: "再次调解" }),
    ).toMatchObject({ ok: false, message: "disputes.errors.changeNotAllowed" });
    expect(await runAs(officer, disputeActions.setRisk, { ...closed, risk: false })).toMatchObject({
      ok: false,
      message: "disputes.errors.changeNotAllowed",
    });
    expect(
      await runAs(officer, disputeActions.refer, { ...closed, referredTo: "COURT", details: "起诉" }),
    ).toMatchObject({ ok: false, message: "disputes.errors.changeNotAllowed" });
  });

  it("stores a referral with where it went, and tells the other chiefs of a risk flagged on record", async () => {
    const recorded = await runAs(users.chief!, disputeActions.record, input({ escalationRisk: "on" }));
    if (!recorded.ok) throw new Error(recorded.message);
    const told = await getDb().notification.findMany({ where: { link: `/disputes/${recorded.data.id}` } });
    expect(told.length).toBeGreaterThan(0);
    expect(told.map((n) => n.userId)).not.toContain(users.chief!.id);
    const referred = await runAs(users.officer1!, disputeActions.refer, {
      disputeId: recorded.data.id,
      version: 0,
      referredTo: "CRIMINAL_CASE",
      details: "当事人持械威胁，已移交刑侦大队",
    });
    expect(referred).toMatchObject({ ok: true, data: { status: "UNRESOLVED" } });
    expect((await getDb().dispute.findUniqueOrThrow({ where: { id: recorded.data.id } })).outcome).toBe(
      "[CRIMINAL_CASE] 当事人持械威胁，已移交刑侦大队",
    );
  });

  it("clears a flag without telling anyone, and refuses a flag that is already so", async () => {
    const dispute = await disputeIn("OPEN", { escalationRisk: true });
    const before = await snapshot(dispute.id);
    expect(
      await runAs(users.officer1!, disputeActions.setRisk, { disputeId: dispute.id, version: 0, risk: true }),
    ).toMatchObject({ ok: false, message: "disputes.errors.riskUnchanged" });
    expect(await snapshot(dispute.id)).toEqual(before);
    expect(
      await runAs(users.officer1!, disputeActions.setRisk, { disputeId: dispute.id, version: 0, risk: "false" }),
    ).toMatchObject({ ok: true });
    expect((await snapshot(dispute.id)).notes).toBe(before.notes);
  });
});

describe("concurrency and failures", () => {
  it("refuses a stale version", async () => {
    const dispute = await disputeIn("MEDIATING");
    const before = await snapshot(dispute.id);
    expect(
      await runAs(users.officer1!, disputeActions.resolve, { disputeId: dispute.id, version: 0, outcome: "达成协议" }),
    ).toMatchObject({ ok: false, message: "errors.conflict" });
    expect(await snapshot(dispute.id)).toEqual(before);
  });

  it("lets exactly one of two concurrent sessions on the same version through", async () => {
    const dispute = await disputeIn("OPEN");
    const ref = (notes: string) =>
      logSessionSchema.parse({ disputeId: dispute.id, version: 0, heldAt: anHourAgo(), notes });
    const results = await Promise.allSettled([
      logSession(users.officer1!, ref("甲方陈述")),
      logSession(users.chief!, ref("乙方陈述")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      key: "errors.conflict",
    });
    expect(await getDb().mediationSession.count({ where: { disputeId: dispute.id } })).toBe(1);
    expect(await getDb().auditEvent.count({ where: { entityId: dispute.id, action: "dispute.logSession" } })).toBe(1);
  });

  it("writes nothing when a step inside the change fails", async () => {
    const dispute = await disputeIn("OPEN");
    // A mediator who does not exist: the status update passes, the session insert fails, all is rolled back.
    const ghost = { ...users.chief!, id: "no-such-user" };
    const before = await snapshot(dispute.id);
    await expect(
      logSession(
        ghost,
        logSessionSchema.parse({ disputeId: dispute.id, version: 0, heldAt: anHourAgo(), notes: "无效调解" }),
      ),
    ).rejects.toThrow();
    expect(await snapshot(dispute.id)).toEqual(before);
    await expect(recordDispute(ghost, recordDisputeSchema.parse(input({ escalationRisk: true })))).rejects.toThrow();
    expect(await snapshot(dispute.id)).toEqual(before);
  });
});

describe("input", () => {
  it("answers bad input at the fields", async () => {
    const result = await runAs(
      users.officer1!,
      disputeActions.record,
      input({ kind: "FEUD", parties: "x", description: "" }),
    );
    expect(result.ok ? null : Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["description", "kind", "parties"]);
    const dispute = await disputeIn("OPEN");
    const future = await runAs(users.officer1!, disputeActions.logSession, {
      disputeId: dispute.id,
      version: 0,
      heldAt: hoursFromNow(2),
      notes: "x",
    });
    expect(future.ok ? null : future.fieldErrors).toEqual({
      heldAt: ["disputes.errors.heldAtFuture"],
      notes: ["disputes.errors.notesRequired"],
    });
    const refer = await runAs(users.officer1!, disputeActions.refer, {
      disputeId: dispute.id,
      version: 0,
      referredTo: "MARS",
      details: "",
    });
    expect(refer.ok ? null : Object.keys(refer.fieldErrors ?? {}).sort()).toEqual(["details", "referredTo"]);
  });
});

describe("the chief's figures", () => {
  it("count open, open at risk and this year's resolution rate, for chiefs only", async () => {
    const chief = users.chief!;
    const before = (await disputeFiguresForChief(chief))!;
    const a = await disputeIn("MEDIATING");
    const b = await disputeIn("OPEN");
    const c = await disputeIn("OPEN");
    await disputeIn("OPEN", { escalationRisk: true });
    await disputeIn("MEDIATING");
    await resolveDispute(users.officer1!, { disputeId: a.id, version: a.version, outcome: "达成协议" });
    await resolveDispute(users.chief!, { disputeId: b.id, version: b.version, outcome: "达成协议" });
    expect(
      await runAs(users.officer1!, disputeActions.refer, {
        disputeId: c.id,
        version: c.version,
        referredTo: "COURT",
        details: "引导诉讼",
      }),
    ).toMatchObject({ ok: true });
    // A dispute closed last year is not this year's work.
    const old = await disputeIn("RESOLVED");
    await getDb().dispute.update({
      where: { id: old.id },
      data: { closedAt: new Date("2025-06-01T00:00:00Z") },
    });

    const after = (await disputeFiguresForChief(chief))!;
    expect(after.open).toBe(before.open + 2);
    expect(after.openAtRisk).toBe(before.openAtRisk + 1);
    expect(after.resolved).toBe(before.resolved + 2);
    expect(after.unresolved).toBe(before.unresolved + 1);
    expect(after.resolutionRate).toBeCloseTo(after.resolved / (after.resolved + after.unresolved));
    // The same figures counted independently from the table.
    const db = getDb();
    expect(after.open).toBe(await db.dispute.count({ where: { status: { in: ["OPEN", "MEDIATING"] } } }));
    expect(after.openAtRisk).toBe(
      await db.dispute.count({ where: { status: { in: ["OPEN", "MEDIATING"] }, escalationRisk: true } }),
    );
    const open = await openRiskDisputes(chief, 1000);
    expect(open).toHaveLength(after.openAtRisk);

    for (const name of ["officer1", "officer2", "liaison1", "admin"]) {
      expect(await disputeFiguresForChief(users[name]!), name).toBeNull();
      expect(await openRiskDisputes(users[name]!), name).toEqual([]);
    }
  });
});

describe("the list", () => {
  it("puts open risk-flagged disputes first, each group newest first, and pages through them all", async () => {
    const { rows, total } = await listDisputes(users.chief!, { pageSize: 1000 });
    expect(total).toBe(await getDb().dispute.count());
    const first = (r: (typeof rows)[number]) => r.escalationRisk && (r.status === "OPEN" || r.status === "MEDIATING");
    const count = rows.filter(first).length;
    expect(count).toBeGreaterThan(0);
    expect(rows.slice(0, count).every(first)).toBe(true);
    for (const group of [rows.slice(0, count), rows.slice(count)]) {
      const times = group.map((r) => r.createdAt.getTime());
      expect(times).toEqual([...times].sort((x, y) => y - x));
    }
    const paged = [];
    for (let page = 1; page <= Math.ceil(total / 7); page++)
      paged.push(...(await listDisputes(users.chief!, { page, pageSize: 7 })).rows);
    expect(paged.map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it("never shows an officer a dispute outside their scope, and liaisons and admins none", async () => {
    for (const name of ["officer1", "officer2"]) {
      const user = users[name]!;
      const mine = {
        bureauId: user.bureauId,
        OR: [
          { recordedById: user.id },
          {
            enterprise: {
              OR: [
                { responsibleOfficerId: user.id },
                ...(user.departmentId ? [{ supports: { some: { departmentId: user.departmentId } } }] : []),
              ],
            },
          },
        ],
      };
      const { rows, total } = await listDisputes(user, { pageSize: 1000 });
      expect(total, name).toBe(await getDb().dispute.count({ where: mine }));
      const allowed = new Set((await getDb().dispute.findMany({ where: mine, select: { id: true } })).map((d) => d.id));
      expect(
        rows.every((r) => allowed.has(r.id)),
        name,
      ).toBe(true);
    }
    const officer2Sees = (await listDisputes(users.officer2!, { pageSize: 1000 })).rows;
    expect(officer2Sees.some((r) => r.enterprise?.id === own)).toBe(false);
    for (const name of ["liaison1", "liaison2", "admin"])
      expect((await listDisputes(users[name]!)).total, name).toBe(0);
  });

  it("filters by status, kind, risk and enterprise", async () => {
    const chief = users.chief!;
    const check = async (filter: Parameters<typeof listDisputes>[1], where: object) => {
      const { rows, total } = await listDisputes(chief, { ...filter, pageSize: 1000 });
      expect(total).toBe(await getDb().dispute.count({ where }));
      expect(rows).toHaveLength(total);
    };
    await check({ status: "RESOLVED" }, { status: "RESOLVED" });
    await check({ kind: "LABOR" }, { kind: "LABOR" });
    await check({ risk: true, status: "OPEN" }, { escalationRisk: true, status: "OPEN" });
    await check({ enterpriseId: own }, { enterpriseId: own });
  });

  it("gives the enterprise page its disputes, open first, at most five, to police in scope only", async () => {
    const { rows, total } = await disputesOfEnterprise(users.officer1!, own);
    expect(total).toBe(await getDb().dispute.count({ where: { enterpriseId: own } }));
    expect(rows.length).toBe(Math.min(5, total));
    const open = rows.map((r) => r.status === "OPEN" || r.status === "MEDIATING");
    expect(open).toEqual([...open].sort((x, y) => Number(y) - Number(x)));
    for (const name of ["liaison1", "admin"])
      expect(await disputesOfEnterprise(users[name]!, own), name).toEqual({ rows: [], total: 0 });
    const foreign = await disputesOfEnterprise(users.officer2!, own);
    expect(foreign.rows.every((r) => r.enterprise?.id === own)).toBe(true);
    expect(foreign.total).toBe(
      await getDb().dispute.count({ where: { enterpriseId: own, recordedById: users.officer2!.id } }),
    );
  });
});
