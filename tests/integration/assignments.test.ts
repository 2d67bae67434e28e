// 一企一警 assignment: only chiefs and admins change it, history and audit follow every change, the
// version guards against two chiefs at once, and ticket scope follows the responsible officer.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { assignmentActions, type AssignmentActionName } from "@/lib/assignments/actions-def";
import { assignmentCoverage } from "@/lib/assignments/queries";
import { createTicket } from "@/lib/tickets/commands";
import { listTicketsForUser } from "@/lib/tickets/list";
import { parseTicketFilters } from "@/lib/tickets/filters";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

type Actor = "liaison1" | "liaison2" | "officer1" | "officer2" | "chief" | "admin";
const ACTORS: Actor[] = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"];
const users = {} as Record<Actor, SessionUser>;
let officer3 = "";
let departments: string[] = [];

beforeAll(async () => {
  await loadDemo();
  for (const name of ACTORS) users[name] = await sessionUserOf(name);
  const db = getDb();
  officer3 = (
    await db.user.findFirstOrThrow({
      where: { role: "OFFICER", active: true, id: { notIn: [users.officer1.id, users.officer2.id] } },
    })
  ).id;
  departments = (await db.department.findMany({ orderBy: { code: "asc" }, take: 3 })).map((d) => d.id);
});

/** A fresh enterprise of officer1 (with its assignment row), so every case starts from the same state. */
let serial = 0;
async function enterpriseOfOfficer1() {
  const db = getDb();
  const template = await db.enterprise.findUniqueOrThrow({ where: { id: users.liaison1.enterpriseId! } });
  serial += 1;
  const e = await db.enterprise.create({
    data: {
      bureauId: template.bureauId,
      workstationId: template.workstationId,
      name: `测试企业${serial}`,
      creditCode: `TEST${String(serial).padStart(14, "0")}`,
      industry: "制造",
      responsibleOfficerId: users.officer1.id,
    },
  });
  await db.assignment.create({ data: { enterpriseId: e.id, officerId: users.officer1.id, reason: "初始" } });
  return e;
}

async function snapshot(enterpriseId: string) {
  const db = getDb();
  return {
    enterprise: await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } }),
    assignments: await db.assignment.findMany({ where: { enterpriseId }, orderBy: { startedAt: "asc" } }),
    supports: await db.enterpriseSupport.findMany({ where: { enterpriseId } }),
    audits: await db.auditEvent.count({ where: { entityId: enterpriseId } }),
  };
}

/** Officers of a throw-away pair, so that a refused handover can be checked against an untouched officer. */
async function freshOfficerWith(enterpriseIds: string[]) {
  const db = getDb();
  const template = await db.user.findUniqueOrThrow({ where: { id: users.officer1.id } });
  serial += 1;
  const u = await db.user.create({
    data: {
      bureauId: template.bureauId,
      username: `leaving${serial}`,
      name: `调离民警${serial}`,
      passwordHash: template.passwordHash,
      role: "OFFICER",
      stationId: template.stationId,
    },
  });
  await db.enterprise.updateMany({ where: { id: { in: enterpriseIds } }, data: { responsibleOfficerId: u.id } });
  return u.id;
}

const CASES: Record<AssignmentActionName, (e: { id: string; version: number }) => Promise<Record<string, unknown>>> = {
  reassign: async (e) => ({ enterpriseId: e.id, version: e.version, officerId: users.officer2.id, reason: "辖区调整" }),
  handOver: async (e) => ({
    fromOfficerId: await freshOfficerWith([e.id]),
    toOfficerId: users.officer2.id,
    reason: "民警调离",
  }),
  setSupports: async (e) => ({ enterpriseId: e.id, departmentIds: departments.slice(0, 2) }),
};

describe("assignment actions by role", () => {
  for (const [name, input] of Object.entries(CASES) as [AssignmentActionName, (typeof CASES)[AssignmentActionName]][]) {
    for (const actor of ACTORS) {
      const rightful = actor === "chief" || actor === "admin";
      it(`${name} by ${actor} is ${rightful ? "allowed" : "refused"}`, async () => {
        const e = await enterpriseOfOfficer1();
        const payload = await input(e);
        const before = await snapshot(e.id);
        const result = await runAs(users[actor], assignmentActions[name] as Parameters<typeof runAs>[1], payload);
        const after = await snapshot(e.id);
        if (rightful) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect(after.audits).toBe(before.audits + 1);
        } else {
          expect(result).toMatchObject({ ok: false, message: "errors.forbidden" });
          expect(after).toEqual(before);
        }
      });
    }
  }
});

describe("reassigning one enterprise", () => {
  it("keeps the history, updates the enterprise and tells the new officer and the liaisons", async () => {
    const db = getDb();
    const e = await enterpriseOfOfficer1();
    const liaison = await db.user.create({
      data: {
        bureauId: e.bureauId,
        username: `liaison-of-${e.id}`,
        name: "联络员",
        passwordHash: "x",
        role: "LIAISON",
        enterpriseId: e.id,
      },
    });
    const first = await runAs(users.chief, assignmentActions.reassign, {
      enterpriseId: e.id,
      version: e.version,
      officerId: users.officer2.id,
      reason: "辖区调整",
    });
    expect(first).toMatchObject({ ok: true, data: { version: e.version + 1 } });
    const second = await runAs(users.admin, assignmentActions.reassign, {
      enterpriseId: e.id,
      version: e.version + 1,
      officerId: officer3,
      reason: "专人负责",
    });
    expect(second, JSON.stringify(second)).toMatchObject({ ok: true });

    const rows = await db.assignment.findMany({ where: { enterpriseId: e.id }, orderBy: { startedAt: "asc" } });
    expect(rows.map((r) => [r.officerId, r.assignedById, r.reason, r.endedAt === null])).toEqual([
      [users.officer1.id, null, "初始", false],
      [users.officer2.id, users.chief.id, "辖区调整", false],
      [officer3, users.admin.id, "专人负责", true],
    ]);
    expect(rows[0]!.endedAt).toEqual(rows[1]!.startedAt);
    const now = await db.enterprise.findUniqueOrThrow({ where: { id: e.id } });
    expect(now).toMatchObject({ responsibleOfficerId: officer3, version: e.version + 2 });
    const audits = await db.auditEvent.findMany({
      where: { entityId: e.id, action: "enterprise.assignOfficer" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.after)).toEqual([
      { responsibleOfficerId: users.officer2.id, reason: "辖区调整" },
      { responsibleOfficerId: officer3, reason: "专人负责" },
    ]);
    const notes = await db.notification.findMany({
      where: { kind: "enterpriseAssigned", link: `/enterprises/${e.id}` },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([users.officer2.id, officer3, liaison.id, liaison.id].sort());
  });

  it("refuses the same officer, an unknown officer and a missing reason at the fields", async () => {
    const e = await enterpriseOfOfficer1();
    const same = await runAs(users.chief, assignmentActions.reassign, {
      enterpriseId: e.id,
      version: e.version,
      officerId: users.officer1.id,
      reason: "重复",
    });
    expect(same).toMatchObject({ ok: false, fieldErrors: { officerId: ["assignments.errors.sameOfficer"] } });
    const chiefAsOfficer = await runAs(users.chief, assignmentActions.reassign, {
      enterpriseId: e.id,
      version: e.version,
      officerId: users.chief.id,
      reason: "所长兼任",
    });
    expect(chiefAsOfficer).toMatchObject({
      ok: false,
      fieldErrors: { officerId: ["assignments.errors.officerUnknown"] },
    });
    const noReason = await runAs(users.chief, assignmentActions.reassign, {
      enterpriseId: e.id,
      version: e.version,
      officerId: users.officer2.id,
      reason: "",
    });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: ["assignments.errors.reasonRequired"] } });
    const missing = await runAs(users.chief, assignmentActions.reassign, {
      enterpriseId: "nope",
      version: 0,
      officerId: users.officer2.id,
      reason: "不存在",
    });
    expect(missing).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await snapshot(e.id)).toMatchObject({
      enterprise: { responsibleOfficerId: users.officer1.id, version: e.version },
      audits: 0,
    });
  });

  it("lets exactly one of two reassignments made from the same page through", async () => {
    const e = await enterpriseOfOfficer1();
    const results = await Promise.all([
      runAs(users.chief, assignmentActions.reassign, {
        enterpriseId: e.id,
        version: e.version,
        officerId: users.officer2.id,
        reason: "甲方调整",
      }),
      runAs(users.admin, assignmentActions.reassign, {
        enterpriseId: e.id,
        version: e.version,
        officerId: officer3,
        reason: "乙方调整",
      }),
    ]);
    expect(
      results.filter((r) => r.ok),
      JSON.stringify(results),
    ).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: "errors.conflict" });
    const rows = await getDb().assignment.findMany({ where: { enterpriseId: e.id } });
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.endedAt === null)).toHaveLength(1);
    expect((await getDb().enterprise.findUniqueOrThrow({ where: { id: e.id } })).version).toBe(e.version + 1);
  });
});

describe("handing over all enterprises of a leaving officer", () => {
  it("moves every one, with one history row and one audit event each", async () => {
    const db = getDb();
    const es = [await enterpriseOfOfficer1(), await enterpriseOfOfficer1(), await enterpriseOfOfficer1()];
    const leaving = await freshOfficerWith(es.map((e) => e.id));
    await db.user.update({ where: { id: leaving }, data: { active: false } });
    const result = await runAs(users.chief, assignmentActions.handOver, {
      fromOfficerId: leaving,
      toOfficerId: officer3,
      reason: "民警调离",
    });
    expect(result).toEqual({ ok: true, data: { count: 3 } });
    expect(await db.enterprise.count({ where: { responsibleOfficerId: leaving } })).toBe(0);
    for (const e of es) {
      const s = await snapshot(e.id);
      expect(s.enterprise.responsibleOfficerId).toBe(officer3);
      expect(s.assignments.at(-1)).toMatchObject({
        officerId: officer3,
        reason: "民警调离",
        endedAt: null,
        assignedById: users.chief.id,
      });
      expect(await db.auditEvent.count({ where: { entityId: e.id, action: "enterprise.handOver" } })).toBe(1);
    }
    const again = await runAs(users.chief, assignmentActions.handOver, {
      fromOfficerId: leaving,
      toOfficerId: officer3,
      reason: "再次移交",
    });
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { fromOfficerId: ["assignments.errors.nothingToHandOver"] },
    });
    const self = await runAs(users.chief, assignmentActions.handOver, {
      fromOfficerId: officer3,
      toOfficerId: officer3,
      reason: "自己",
    });
    expect(self).toMatchObject({ ok: false, fieldErrors: { toOfficerId: ["assignments.errors.sameOfficer"] } });
  });
});

describe("supporting departments", () => {
  it("replaces the set and refuses departments of nowhere", async () => {
    const e = await enterpriseOfOfficer1();
    await runAs(users.chief, assignmentActions.setSupports, { enterpriseId: e.id, departmentIds: departments });
    expect((await snapshot(e.id)).supports).toHaveLength(3);
    await runAs(users.chief, assignmentActions.setSupports, { enterpriseId: e.id, departmentIds: departments[2] });
    expect((await snapshot(e.id)).supports.map((s) => s.departmentId)).toEqual([departments[2]]);
    const bad = await runAs(users.chief, assignmentActions.setSupports, {
      enterpriseId: e.id,
      departmentIds: ["nope"],
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { departmentIds: ["assignments.errors.departmentUnknown"] } });
    await runAs(users.chief, assignmentActions.setSupports, { enterpriseId: e.id });
    expect((await snapshot(e.id)).supports).toEqual([]);
  });

  it("lets ten identical requests at once all succeed, with one set and one audited change", async () => {
    const db = getDb();
    const e = await enterpriseOfOfficer1();
    await db.enterpriseSupport.create({ data: { enterpriseId: e.id, departmentId: departments[2]! } });
    const wanted = departments.slice(0, 2);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        runAs(users.chief, assignmentActions.setSupports, { enterpriseId: e.id, departmentIds: wanted }),
      ),
    );
    expect(
      results.filter((r) => !r.ok),
      JSON.stringify(results),
    ).toEqual([]);
    const after = await snapshot(e.id);
    expect(after.supports.map((s) => s.departmentId).sort()).toEqual([...wanted].sort());
    const audits = await db.auditEvent.findMany({ where: { entityId: e.id, action: "enterprise.setSupports" } });
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [{ departmentIds: [departments[2]] }, { departmentIds: [...wanted].sort() }],
    ]);
  });

  it("records nothing when the set is already the requested one", async () => {
    const e = await enterpriseOfOfficer1();
    const first = await runAs(users.chief, assignmentActions.setSupports, {
      enterpriseId: e.id,
      departmentIds: departments,
    });
    const audits = (await snapshot(e.id)).audits;
    const again = await runAs(users.admin, assignmentActions.setSupports, {
      enterpriseId: e.id,
      departmentIds: [...departments].reverse(),
    });
    expect(again).toEqual(first);
    expect((await snapshot(e.id)).audits).toBe(audits);
  });
});

describe("coverage", () => {
  it("counts active enterprises with and without a responsible officer", async () => {
    const db = getDb();
    const bureauId = users.chief.bureauId;
    const total = await db.enterprise.count({ where: { bureauId, active: true } });
    const covered = await db.enterprise.count({
      where: { bureauId, active: true, responsibleOfficerId: { not: null } },
    });
    const before = (await assignmentCoverage(users.chief))!;
    expect(before).toMatchObject({ total, covered, uncoveredCount: total - covered });
    const e = await enterpriseOfOfficer1();
    await db.enterprise.update({ where: { id: e.id }, data: { responsibleOfficerId: null } });
    const after = (await assignmentCoverage(users.admin))!;
    expect(after).toMatchObject({ total: total + 1, covered, uncoveredCount: total - covered + 1 });
    expect(after.share).toBeCloseTo(covered / (total + 1));
    expect(after.uncovered.map((u) => u.id)).toContain(e.id);
    expect(await assignmentCoverage(users.officer1)).toBeNull();
  });
});

describe("ticket scope follows the responsible officer", () => {
  it("moves liaison1's enterprise's tickets from officer1's queue to officer2's", async () => {
    const db = getDb();
    const enterpriseId = users.liaison1.enterpriseId!;
    const { id: ticketId } = await createTicket(users.liaison1, {
      category: "OTHER",
      priority: "NORMAL",
      title: "门禁系统故障",
      description: "东门门禁无法刷卡。",
      location: "",
    });
    // Filed tickets go to the responsible officer personally; policy keeps a ticket visible to its assignee.
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticketId } })).assigneeId).toBe(users.officer1.id);
    const filters = parseTicketFilters({ enterprise: enterpriseId, status: "all" });
    const ids = async (u: SessionUser) => (await listTicketsForUser(u, filters)).rows.map((r) => r.id);
    const personal = await db.ticket.findMany({
      where: { enterpriseId, assigneeId: users.officer1.id },
      select: { id: true },
    });
    expect(await ids(users.officer2)).toEqual([]);

    const e = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    const result = await runAs(users.chief, assignmentActions.reassign, {
      enterpriseId,
      version: e.version,
      officerId: users.officer2.id,
      reason: "辖区调整",
    });
    expect(result).toMatchObject({ ok: true });

    const all = await db.ticket.count({ where: { enterpriseId } });
    const officer2Sees = await ids(users.officer2);
    expect(officer2Sees).toContain(ticketId);
    expect(officer2Sees.length).toBe(Math.min(all, 20));
    // officer1 keeps only the tickets still assigned to them personally.
    const officer1Sees = await ids(users.officer1);
    expect(officer1Sees.length).toBe(Math.min(personal.length, 20));
    expect(officer1Sees.filter((id) => !personal.some((t) => t.id === id))).toEqual([]);
    expect(officer1Sees).toContain(ticketId);
  });
});
