import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ActionError } from "@/lib/auth/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { enterpriseActions } from "@/lib/enterprises/actions-def";
import { createEnterprise } from "@/lib/enterprises/commands";
import { parseEnterpriseFilters } from "@/lib/enterprises/filters";
import { findEnterpriseForUser, listEnterprisesForUser, workstationOptions } from "@/lib/enterprises/queries";
import { enterpriseFieldsSchema } from "@/lib/enterprises/schemas";
import { hazardActions } from "@/lib/hazards/actions-def";
import { ticketActions } from "@/lib/tickets/actions-def";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { creditCodeCheckChar } from "@/lib/validation/credit-code";
import { visitActions } from "@/lib/visits/actions-def";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const;
type Name = (typeof NAMES)[number];
const users = {} as Record<Name | "foreignChief", SessionUser>;
let bureauId: string;
let wsA: string; // two workstations of the demo county in different parks
let wsB: string;
let wsClosed: string; // a workstation of the demo county no longer in service
let wsForeign: string; // a workstation of another county
let foreignEnterprise: { id: string; creditCode: string };

/** The instant the whole file runs at: the seed and the visit and hazard dates read it. */
const NOW = "2026-11-10T10:00:00+08:00";
/** A China date `offsetDays` from today. */
const chinaToday = (offsetDays = 0) => chinaDate(addDays(clock.now(), offsetDays));
let restoreClock: () => void;

/** A valid credit code no demo enterprise uses ("MX" does not occur in the seed). */
let seq = 0;
const freshCode = () => {
  const body = `91370285MX${String(++seq).padStart(7, "0")}`;
  return body + creditCodeCheckChar(body);
};

const fields = (over: Record<string, unknown> = {}) => ({
  name: `登记测试企业${seq + 1}`,
  creditCode: freshCode(),
  industry: "装备制造",
  workstationId: wsA,
  employees: "120",
  investmentWan: "5000",
  ...over,
});

/** An enterprise of the demo county, registered directly (not through the code under test). */
async function fixture(over: Record<string, unknown> = {}) {
  const data = enterpriseFieldsSchema.parse(fields(over));
  return getDb().enterprise.create({ data: { ...data, bureauId } });
}

const audits = (entityId?: string) =>
  getDb().auditEvent.count({ where: { entity: "Enterprise", ...(entityId ? { entityId } : {}) } });

beforeAll(async () => {
  restoreClock = setClock(NOW);
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  bureauId = users.chief.bureauId;
  const db = getDb();
  const workstations = await db.workstation.findMany({ where: { bureauId, active: true }, orderBy: { code: "asc" } });
  wsA = workstations[0]!.id;
  wsB = workstations.find((w) => w.park !== workstations[0]!.park)!.id;
  wsClosed = (
    await db.workstation.create({
      data: {
        bureauId,
        stationId: workstations[0]!.stationId,
        code: "closed-ws",
        name: "已撤并工作站",
        nameEn: "Closed WS",
        park: "旧园区",
        parkEn: "Old park",
        cluster: "OTHER",
        active: false,
      },
    })
  ).id;

  const bureau = await db.bureau.create({
    data: { code: "registry-other", name: "另一县公安局", nameEn: "Other County PSB" },
  });
  const station = await db.station.create({
    data: { bureauId: bureau.id, code: "ro-s", name: "外县派出所", nameEn: "Other station" },
  });
  wsForeign = (
    await db.workstation.create({
      data: {
        bureauId: bureau.id,
        stationId: station.id,
        code: "ro-w",
        name: "外县工作站",
        nameEn: "Other WS",
        park: "外县园区",
        parkEn: "Other park",
        cluster: "OTHER",
      },
    })
  ).id;
  const code = freshCode();
  foreignEnterprise = await db.enterprise.create({
    data: { bureauId: bureau.id, workstationId: wsForeign, name: "外县企业", creditCode: code, industry: "制造" },
    select: { id: true, creditCode: true },
  });
  const chief = await db.user.create({
    data: {
      bureauId: bureau.id,
      username: "registry-foreign-chief",
      name: "外县局长",
      passwordHash: "-",
      role: "CHIEF",
    },
  });
  users.foreignChief = await sessionUserOf(chief.username);
});

afterAll(() => restoreClock());

type Case = readonly [Name, string | null];
const ALLOWED = ["chief", "admin"];
const refusals: Case[] = NAMES.map((n) => [n, ALLOWED.includes(n) ? null : "errors.forbidden"] as const);

describe("who may keep the register", () => {
  it.each(refusals)("create as %s → %s", async (name, error) => {
    const [before, auditsBefore] = [await getDb().enterprise.count(), await audits()];
    const input = fields();
    const result = await runAs(users[name], enterpriseActions.create, input);
    if (error === null) {
      expect(result).toMatchObject({ ok: true, data: { version: 0 } });
      const id = (result as { data: { id: string } }).data.id;
      expect(await getDb().enterprise.findUniqueOrThrow({ where: { id } })).toMatchObject({
        bureauId,
        name: input.name,
        creditCode: input.creditCode,
        workstationId: wsA,
        employees: 120,
        investmentCny: 50_000_000n,
        active: true,
      });
      const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "enterprise.create" } });
      expect(audit).toMatchObject({ actorId: users[name].id, bureauId });
      expect(audit.after).toMatchObject({ creditCode: input.creditCode, investmentCny: "50000000", keyProject: false });
    } else {
      expect(result).toMatchObject({ ok: false, message: error });
      expect([await getDb().enterprise.count(), await audits()]).toEqual([before, auditsBefore]);
    }
  });

  // liaison1's own enterprise and officer1's: seeing it does not mean keeping its register entry.
  it.each(refusals)("edit as %s → %s", async (name, error) => {
    const target =
      error === null
        ? await fixture()
        : await getDb().enterprise.findUniqueOrThrow({ where: { id: users.liaison1.enterpriseId! } });
    const before = await audits(target.id);
    const result = await runAs(
      users[name],
      enterpriseActions.update,
      fields({
        enterpriseId: target.id,
        version: target.version,
        name: "改过的名称",
        creditCode: target.creditCode,
        workstationId: target.workstationId,
      }),
    );
    const after = await getDb().enterprise.findUniqueOrThrow({ where: { id: target.id } });
    if (error === null) {
      expect(result).toMatchObject({ ok: true, data: { version: target.version + 1 } });
      expect(after).toMatchObject({ name: "改过的名称", version: target.version + 1 });
      expect(await audits(target.id)).toBe(before + 1);
    } else {
      expect(result).toMatchObject({ ok: false, message: error });
      expect(after).toEqual(target);
      expect(await audits(target.id)).toBe(before);
    }
  });

  it.each(refusals)("deactivate as %s → %s", async (name, error) => {
    const target =
      error === null
        ? await fixture()
        : await getDb().enterprise.findUniqueOrThrow({ where: { id: users.liaison1.enterpriseId! } });
    const result = await runAs(users[name], enterpriseActions.setActive, {
      enterpriseId: target.id,
      version: target.version,
      active: "false",
      reason: "企业已关停",
    });
    const after = await getDb().enterprise.findUniqueOrThrow({ where: { id: target.id } });
    if (error === null) {
      expect(result).toMatchObject({ ok: true, data: { active: false, version: target.version + 1 } });
      expect(after.active).toBe(false);
    } else {
      expect(result).toMatchObject({ ok: false, message: error });
      expect(after).toEqual(target);
    }
  });

  it("another county's enterprise is not found, for edit and for deactivation, in both directions", async () => {
    const foreign = await getDb().enterprise.findUniqueOrThrow({ where: { id: foreignEnterprise.id } });
    for (const name of ["chief", "admin"] as const) {
      const edit = await runAs(
        users[name],
        enterpriseActions.update,
        fields({ enterpriseId: foreign.id, version: foreign.version, creditCode: foreign.creditCode }),
      );
      expect(edit).toMatchObject({ ok: false, message: "errors.notFound" });
      const off = await runAs(users[name], enterpriseActions.setActive, {
        enterpriseId: foreign.id,
        version: foreign.version,
        active: "false",
        reason: "不在本县",
      });
      expect(off).toMatchObject({ ok: false, message: "errors.notFound" });
    }
    expect(await getDb().enterprise.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(foreign);

    const ours = await fixture();
    const edit = await runAs(
      users.foreignChief,
      enterpriseActions.update,
      fields({ enterpriseId: ours.id, version: ours.version, creditCode: ours.creditCode }),
    );
    expect(edit).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(
      await runAs(users.foreignChief, enterpriseActions.update, fields({ enterpriseId: "does-not-exist", version: 0 })),
    ).toMatchObject({ ok: false, message: "errors.notFound" });
  });

  it("a chief cannot register into another county's workstation", async () => {
    const result = await runAs(users.chief, enterpriseActions.create, fields({ workstationId: wsForeign }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { workstationId: ["enterprise.errors.workstationUnknown"] },
    });
  });
});

describe("registry rules", () => {
  it("refuses a credit code already registered, naming the holder only within the county", async () => {
    const holder = await fixture({ name: "已登记的企业" });
    const count = await getDb().enterprise.count();
    // Typed in lower case with spaces: still the same code.
    const same = await runAs(
      users.chief,
      enterpriseActions.create,
      fields({ creditCode: ` ${holder.creditCode.toLowerCase()} ` }),
    );
    expect(same).toMatchObject({
      ok: false,
      message: "errors.invalidInput",
      fieldErrors: { creditCode: ["enterprise.errors.creditCodeTakenBy"] },
    });
    const direct = await createEnterprise(
      users.chief,
      enterpriseFieldsSchema.parse(fields({ creditCode: holder.creditCode })),
    ).catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(ActionError);
    expect((direct as ActionError).values).toEqual({ name: "已登记的企业" });

    const foreign = await createEnterprise(
      users.chief,
      enterpriseFieldsSchema.parse(fields({ creditCode: foreignEnterprise.creditCode })),
    ).catch((e: unknown) => e);
    expect(foreign).toMatchObject({ fieldErrors: { creditCode: ["enterprise.errors.creditCodeTaken"] } });
    expect((foreign as ActionError).values).toBeUndefined();
    expect(await getDb().enterprise.count()).toBe(count);

    const other = await fixture();
    const edit = await runAs(
      users.admin,
      enterpriseActions.update,
      fields({ enterpriseId: other.id, version: other.version, creditCode: holder.creditCode }),
    );
    expect(edit).toMatchObject({ ok: false, fieldErrors: { creditCode: ["enterprise.errors.creditCodeTakenBy"] } });
    expect(await getDb().enterprise.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
  });

  it("of two simultaneous registrations of one code, one wins and the other gets the same field error", async () => {
    const code = freshCode();
    const results = await Promise.all([
      runAs(users.chief, enterpriseActions.create, fields({ creditCode: code, name: "并发甲" })),
      runAs(users.admin, enterpriseActions.create, fields({ creditCode: code, name: "并发乙" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      fieldErrors: { creditCode: ["enterprise.errors.creditCodeTakenBy"] },
    });
    expect(await getDb().enterprise.count({ where: { creditCode: code } })).toBe(1);
    expect(
      await getDb().auditEvent.count({
        where: { action: "enterprise.create", after: { path: ["creditCode"], equals: code } },
      }),
    ).toBe(1);
  });

  it.each([
    ["unknown", () => "no-such-workstation"],
    ["closed", () => wsClosed],
    ["of another county", () => wsForeign],
  ])("refuses a workstation that is %s, on the workstation field", async (_what, ws) => {
    const target = await fixture();
    const count = await getDb().enterprise.count();
    expect(await runAs(users.chief, enterpriseActions.create, fields({ workstationId: ws() }))).toMatchObject({
      ok: false,
      fieldErrors: { workstationId: ["enterprise.errors.workstationUnknown"] },
    });
    expect(
      await runAs(
        users.chief,
        enterpriseActions.update,
        fields({ enterpriseId: target.id, version: 0, creditCode: target.creditCode, workstationId: ws() }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { workstationId: ["enterprise.errors.workstationUnknown"] },
    });
    expect(await getDb().enterprise.count()).toBe(count);
    expect(await getDb().enterprise.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
  });

  it("passes every schema error back on its field at once", async () => {
    const result = await runAs(
      users.chief,
      enterpriseActions.create,
      fields({ name: "", creditCode: "91370285MX0000001X", employees: "-3", projectPhase: "SIGNED" }),
    );
    expect(result).toMatchObject({ ok: false, message: "errors.invalidInput" });
    const errors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["creditCode", "employees", "name", "projectPhase"]);
  });

  it("refuses a stale version for edits and deactivation, leaving the record alone", async () => {
    const target = await fixture();
    const first = await runAs(
      users.chief,
      enterpriseActions.update,
      fields({ enterpriseId: target.id, version: 0, creditCode: target.creditCode, employees: "200" }),
    );
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const current = await getDb().enterprise.findUniqueOrThrow({ where: { id: target.id } });
    const stale = await runAs(
      users.admin,
      enterpriseActions.update,
      fields({ enterpriseId: target.id, version: 0, creditCode: target.creditCode, employees: "300" }),
    );
    expect(stale).toMatchObject({ ok: false, message: "errors.conflict" });
    const staleOff = await runAs(users.admin, enterpriseActions.setActive, {
      enterpriseId: target.id,
      version: 0,
      active: "false",
      reason: "关停",
    });
    expect(staleOff).toMatchObject({ ok: false, message: "errors.conflict" });
    expect(await getDb().enterprise.findUniqueOrThrow({ where: { id: target.id } })).toEqual(current);
  });

  it("audits exactly the changed fields, and a save that changes nothing writes nothing", async () => {
    const target = await fixture({ employees: "120", investmentWan: "5000" });
    const input = fields({
      enterpriseId: target.id,
      version: 0,
      name: target.name,
      creditCode: target.creditCode,
      employees: "1,500",
      investmentWan: "12000.5",
      keyProject: "on",
      projectPhase: "SIGNED",
    });
    expect(await runAs(users.chief, enterpriseActions.update, input)).toMatchObject({
      ok: true,
      data: { version: 1, changed: ["employees", "investmentCny", "keyProject", "projectPhase"] },
    });
    const audit = await getDb().auditEvent.findFirstOrThrow({
      where: { entityId: target.id, action: "enterprise.update" },
    });
    expect(audit).toMatchObject({
      actorId: users.chief.id,
      before: { employees: 120, investmentCny: "50000000", keyProject: false, projectPhase: null },
      after: { employees: 1500, investmentCny: "120005000", keyProject: true, projectPhase: "SIGNED" },
    });
    const again = await runAs(users.chief, enterpriseActions.update, { ...input, version: 1 });
    expect(again).toMatchObject({ ok: true, data: { version: 1, changed: [] } });
    expect(await getDb().enterprise.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      version: 1,
      employees: 1500,
    });
    expect(await audits(target.id)).toBe(1);
  });
});

describe("deactivation", () => {
  it("needs a reason both ways and refuses switching to the state it is already in", async () => {
    const target = await fixture();
    expect(
      await runAs(users.chief, enterpriseActions.setActive, {
        enterpriseId: target.id,
        version: 0,
        active: "false",
        reason: " ",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["enterprise.errors.reasonRequired"] },
    });
    expect(
      await runAs(users.chief, enterpriseActions.setActive, {
        enterpriseId: target.id,
        version: 0,
        active: "true",
        reason: "误操作",
      }),
    ).toMatchObject({
      ok: false,
      message: "enterprise.errors.alreadyActive",
    });
    expect(await audits(target.id)).toBe(0);
  });

  it("stops new tickets, visits and hazards, keeps the enterprise and its history visible, and can be undone", async () => {
    const own = users.liaison1.enterpriseId!;
    const ticketsBefore = await getDb().ticket.count({ where: { enterpriseId: own } });
    const start = await getDb().enterprise.findUniqueOrThrow({ where: { id: own } });
    const off = await runAs(users.chief, enterpriseActions.setActive, {
      enterpriseId: own,
      version: start.version,
      active: "false",
      reason: "企业整体搬迁出县",
    });
    expect(off).toMatchObject({ ok: true, data: { active: false } });
    expect(
      await getDb().auditEvent.findFirstOrThrow({ where: { entityId: own, action: "enterprise.deactivate" } }),
    ).toMatchObject({
      actorId: users.chief.id,
      before: { active: true },
      after: { active: false, reason: "企业整体搬迁出县" },
    });

    const ticket = await runAs(users.liaison1, ticketActions.create, {
      category: "OTHER",
      priority: "NORMAL",
      title: "停用后提交",
      description: "停用后的企业提交问题。",
    });
    expect(ticket).toMatchObject({ ok: false });
    const visit = await runAs(users.officer1, visitActions.log, {
      enterpriseId: own,
      visitedOn: chinaToday(),
      kind: "ROUTINE",
      findings: "例行走访。",
    });
    expect(visit).toMatchObject({ ok: false, message: "errors.notFound" });
    const hazard = await runAs(users.officer1, hazardActions.list, {
      enterpriseId: own,
      description: "消防通道堵塞。",
      severity: "HIGH",
      deadline: chinaToday(7),
    });
    expect(hazard).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await getDb().ticket.count({ where: { enterpriseId: own } })).toBe(ticketsBefore);

    // Still there for everyone who could see it, with its history; shown under "inactive".
    for (const name of ["liaison1", "officer1", "chief"] as const)
      expect(await findEnterpriseForUser(users[name], own)).not.toBeNull();
    const chiefList = (status: string) =>
      listEnterprisesForUser(users.chief, {
        pageSize: 100,
        filters: parseEnterpriseFilters({ q: start.creditCode, status }),
      });
    expect((await chiefList("active")).total).toBe(0);
    expect((await chiefList("inactive")).rows.map((r) => [r.id, r.active])).toEqual([[own, false]]);
    expect((await chiefList("all")).total).toBe(1);

    const current = await getDb().enterprise.findUniqueOrThrow({ where: { id: own } });
    expect(
      await runAs(users.admin, enterpriseActions.setActive, {
        enterpriseId: own,
        version: current.version,
        active: "false",
        reason: "再次停用",
      }),
    ).toMatchObject({
      ok: false,
      message: "enterprise.errors.alreadyInactive",
    });
    const on = await runAs(users.admin, enterpriseActions.setActive, {
      enterpriseId: own,
      version: current.version,
      active: "true",
      reason: "企业迁回复产",
    });
    expect(on).toMatchObject({ ok: true, data: { active: true, version: current.version + 1 } });
    expect(await getDb().enterprise.findUniqueOrThrow({ where: { id: own } })).toMatchObject({
      active: true,
      responsibleOfficerId: start.responsibleOfficerId,
    });
    expect(await getDb().auditEvent.count({ where: { entityId: own, action: "enterprise.reactivate" } })).toBe(1);
    expect(
      await runAs(users.liaison1, ticketActions.create, {
        category: "OTHER",
        priority: "NORMAL",
        title: "恢复后提交",
        description: "恢复后的企业提交问题。",
      }),
    ).toMatchObject({ ok: true });
  });
});

describe("list filters, search and paging", () => {
  // A token in every name of this block's enterprises keeps the counts independent of the demo data.
  const TOKEN = "筛选样本";
  let made: {
    id: string;
    name: string;
    nameEn: string;
    creditCode: string;
    workstationId: string;
    keyProject: boolean;
    active: boolean;
    responsibleOfficerId: string | null;
  }[];

  beforeAll(async () => {
    const specs = [
      { name: `${TOKEN}甲`, nameEn: "Alpha Precision", workstationId: wsA, keyProject: "on", projectPhase: "SIGNED" },
      { name: `${TOKEN}乙`, nameEn: "Beta Foods", workstationId: wsA },
      { name: `${TOKEN}丙`, nameEn: "Gamma Logistics", workstationId: wsB, keyProject: "on" },
      { name: `${TOKEN}丁`, nameEn: "Delta Textiles", workstationId: wsB },
      { name: `${TOKEN}戊`, nameEn: "Epsilon Closed", workstationId: wsB },
    ];
    made = [];
    for (const spec of specs) made.push(await fixture(spec));
    // 丁 has an officer (officer1); 戊 is deactivated.
    await getDb().enterprise.update({ where: { id: made[3]!.id }, data: { responsibleOfficerId: users.officer1.id } });
    await getDb().enterprise.update({ where: { id: made[4]!.id }, data: { active: false } });
  });

  const names = async (params: Record<string, string>, user: SessionUser = users.chief) =>
    (
      await listEnterprisesForUser(user, { pageSize: 100, filters: parseEnterpriseFilters({ q: TOKEN, ...params }) })
    ).rows.map((r) => r.name.replace(TOKEN, ""));

  it("searches names, English names and credit codes, ignoring case", async () => {
    expect((await names({})).sort()).toEqual(["丁", "丙", "乙", "甲"].sort());
    const byEnglish = await listEnterprisesForUser(users.chief, {
      filters: parseEnterpriseFilters({ q: "gamma LOGI" }),
    });
    expect(byEnglish.rows.map((r) => r.id)).toEqual([made[2]!.id]);
    const byCode = await listEnterprisesForUser(users.chief, {
      filters: parseEnterpriseFilters({ q: made[1]!.creditCode.slice(8).toLowerCase() }),
    });
    expect(byCode.rows.map((r) => r.id)).toEqual([made[1]!.id]);
  });

  it("narrows by workstation, park, key project, uncovered and status", async () => {
    const park = await getDb().workstation.findUniqueOrThrow({ where: { id: wsB } });
    expect((await names({ workstation: wsA })).sort()).toEqual(["乙", "甲"].sort());
    expect((await names({ park: park.park })).sort()).toEqual(["丁", "丙"].sort());
    expect((await names({ park: park.park, status: "all" })).sort()).toEqual(["丁", "丙", "戊"].sort());
    expect((await names({ keyProject: "1" })).sort()).toEqual(["丙", "甲"].sort());
    expect((await names({ officer: "none" })).sort()).toEqual(["丙", "乙", "甲"].sort());
    expect(await names({ status: "inactive" })).toEqual(["戊"]);
    expect(await names({ keyProject: "1", workstation: wsB })).toEqual(["丙"]);
  });

  it("keeps the user's scope under every filter", async () => {
    expect(await names({ status: "all" }, users.officer1)).toEqual(["丁"]);
    expect(await names({ status: "all" }, users.officer2)).toEqual([]);
    expect(await names({ status: "all" }, users.foreignChief)).toEqual([]);
  });

  it("pages through the matches without gaps or repeats", async () => {
    const filters = parseEnterpriseFilters({ q: TOKEN, status: "all" });
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listEnterprisesForUser(users.chief, { page, pageSize: 2, filters })),
    );
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.rows.length)).toEqual([2, 2, 1]);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids)).toEqual(new Set(made.map((m) => m.id)));
  });

  it("offers the county's workstations with their parks, the closed one only when asked for all", async () => {
    const all = await workstationOptions(users.chief);
    const open = await workstationOptions(users.chief, { activeOnly: true });
    expect(all.map((w) => w.id)).toContain(wsClosed);
    expect(open.map((w) => w.id)).not.toContain(wsClosed);
    expect(open.map((w) => w.id)).toEqual(expect.arrayContaining([wsA, wsB]));
    expect(all.map((w) => w.id)).not.toContain(wsForeign);
    expect(open.every((w) => w.park.length > 0)).toBe(true);
  });
});
