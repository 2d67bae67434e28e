// Stations, workstations and departments: only a county's own administrators change them, codes are
// unique within the county, deactivated units are no longer offered for new records, and an
// enterprise's move to another workstation leaves its past with the old one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { supportOptions } from "@/lib/assignments/queries";
import { assignmentActions } from "@/lib/assignments/actions-def";
import { enterpriseActions } from "@/lib/enterprises/actions-def";
import { findEnterpriseForUser, workstationOptions } from "@/lib/enterprises/queries";
import { organisationActions as actions } from "@/lib/organisation/actions-def";
import { parseUnitFilters } from "@/lib/organisation/filters";
import { workstationAt } from "@/lib/organisation/history";
import {
  departmentOptions,
  getStationForEdit,
  getWorkstationForEdit,
  listStations,
  listWorkstations,
  moveOptions,
  stationOptions,
} from "@/lib/organisation/queries";
import { teamFormOptions } from "@/lib/patrols/queries";
import { routingOptions } from "@/lib/tickets/queries";
import { setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

const NAMES = ["liaison1", "officer1", "chief", "admin"] as const;
type Name = (typeof NAMES)[number];
const users = {} as Record<Name | "foreignAdmin", SessionUser>;
let bureauId: string;
let stationId: string; // a demo station with workstations, enterprises and officers
let workstationId: string; // a demo workstation with active enterprises
let departmentId: string; // a demo department with officers
let enterprise: { id: string; workstationId: string };
let otherWorkstationId: string; // an active demo workstation the enterprise is not at
let foreign: { bureauId: string; stationId: string; workstationId: string; departmentId: string };
let restoreClock: () => void;

const NOW = "2026-11-10T10:00:00+08:00";

let seq = 0;
const code = (prefix: string) => `${prefix}-${++seq}`;

const stationInput = () => ({
  code: code("st"),
  name: `测试派出所${seq}`,
  nameEn: `Test station ${seq}`,
  phone: "0532-88880000",
});
const workstationInput = (over: Record<string, unknown> = {}) => ({
  code: code("ws"),
  name: `测试工作站${seq}`,
  nameEn: `Test WS ${seq}`,
  park: "测试园区",
  parkEn: "Test park",
  cluster: "OTHER",
  stationId,
  ...over,
});
const departmentInput = () => ({ code: code("dp"), name: `测试部门${seq}`, nameEn: `Test dept ${seq}` });

/** Everything the organisation's actions write, so that a refusal can be shown to have changed nothing. */
async function snapshot() {
  const db = getDb();
  const [stations, workstations, departments, moves, audits, enterprises] = await Promise.all([
    db.station.findMany({ orderBy: { id: "asc" } }),
    db.workstation.findMany({ orderBy: { id: "asc" } }),
    db.department.findMany({ orderBy: { id: "asc" } }),
    db.enterpriseMove.count(),
    db.auditEvent.count(),
    db.enterprise.findMany({ select: { id: true, workstationId: true, version: true }, orderBy: { id: "asc" } }),
  ]);
  return { stations, workstations, departments, moves, audits, enterprises };
}

async function versionOf(kind: "station" | "workstation" | "department", id: string) {
  const db = getDb();
  const row =
    kind === "station"
      ? await db.station.findUniqueOrThrow({ where: { id } })
      : kind === "workstation"
        ? await db.workstation.findUniqueOrThrow({ where: { id } })
        : await db.department.findUniqueOrThrow({ where: { id } });
  return row.version;
}

/** A valid input for every action, aimed at the demo county's units. */
async function inputs(): Promise<Record<keyof typeof actions, Record<string, unknown>>> {
  const ent = await getDb().enterprise.findUniqueOrThrow({ where: { id: enterprise.id } });
  return {
    createStation: stationInput(),
    updateStation: { id: stationId, version: await versionOf("station", stationId), ...stationInput() },
    createWorkstation: workstationInput(),
    updateWorkstation: {
      id: workstationId,
      version: await versionOf("workstation", workstationId),
      ...workstationInput(),
    },
    createDepartment: departmentInput(),
    updateDepartment: { id: departmentId, version: await versionOf("department", departmentId), ...departmentInput() },
    setActive: {
      kind: "department",
      id: departmentId,
      version: await versionOf("department", departmentId),
      active: "false",
    },
    moveEnterprise: {
      enterpriseId: ent.id,
      version: ent.version,
      workstationId: otherWorkstationId,
      reason: "园区调整",
    },
  };
}

beforeAll(async () => {
  restoreClock = setClock(NOW);
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  bureauId = users.admin.bureauId;
  const db = getDb();
  const ws = await db.workstation.findFirstOrThrow({
    where: { bureauId, active: true, enterprises: { some: { active: true, tickets: { some: {} } } } },
    orderBy: { code: "asc" },
  });
  workstationId = ws.id;
  stationId = ws.stationId;
  enterprise = await db.enterprise.findFirstOrThrow({
    where: { workstationId: ws.id, active: true, tickets: { some: {} } },
    select: { id: true, workstationId: true },
    orderBy: { name: "asc" },
  });
  otherWorkstationId = (
    await db.workstation.findFirstOrThrow({
      where: { bureauId, active: true, id: { not: ws.id } },
      orderBy: { code: "asc" },
    })
  ).id;
  departmentId = (
    await db.department.findFirstOrThrow({
      where: { bureauId, officers: { some: { active: true } } },
      orderBy: { code: "asc" },
    })
  ).id;

  // A second county of the same deployment, with an administrator of its own and units whose codes
  // repeat the demo county's: codes are unique per bureau, not across the deployment.
  const bureau = await db.bureau.create({
    data: { code: "org-other", name: "外县公安局", nameEn: "Other County PSB" },
  });
  const demoStation = await db.station.findUniqueOrThrow({ where: { id: stationId } });
  const station = await db.station.create({
    data: { bureauId: bureau.id, code: demoStation.code, name: "外县派出所", nameEn: "Other station" },
  });
  const workstation = await db.workstation.create({
    data: {
      bureauId: bureau.id,
      stationId: station.id,
      code: ws.code,
      name: "外县工作站",
      nameEn: "Other WS",
      park: "外县园区",
      parkEn: "Other park",
      cluster: "OTHER",
    },
  });
  const department = await db.department.create({
    data: { bureauId: bureau.id, code: "PUBLIC_ORDER", name: "外县治安大队", nameEn: "Other public order" },
  });
  foreign = { bureauId: bureau.id, stationId: station.id, workstationId: workstation.id, departmentId: department.id };
  const admin = await db.user.create({
    data: { bureauId: bureau.id, username: "org-foreign-admin", name: "外县管理员", passwordHash: "-", role: "ADMIN" },
  });
  users.foreignAdmin = await sessionUserOf(admin.username);
});

afterAll(() => restoreClock());

const ACTION_NAMES = Object.keys(actions) as (keyof typeof actions)[];
const REFUSED: Name[] = ["liaison1", "officer1", "chief"];

describe("who may change the organisation", () => {
  it.each(ACTION_NAMES.flatMap((action) => REFUSED.map((name) => [action, name] as const)))(
    "%s as %s is refused and changes nothing",
    async (action, name) => {
      const input = (await inputs())[action];
      const before = await snapshot();
      const result = await runAs(users[name], actions[action] as never, input);
      expect(result).toEqual({ ok: false, code: "forbidden", message: "errors.forbidden" });
      expect(await snapshot()).toEqual(before);
    },
  );

  it.each(ACTION_NAMES.filter((a) => !a.startsWith("create")))(
    "%s on the demo county by another county's administrator answers not found and changes nothing",
    async (action) => {
      const input = (await inputs())[action];
      const before = await snapshot();
      const result = await runAs(users.foreignAdmin, actions[action] as never, input);
      expect(result).toMatchObject({ ok: false, code: "notFound", message: "errors.notFound" });
      expect(await snapshot()).toEqual(before);
    },
  );

  it("gives another county's administrator no page of the demo county's units", async () => {
    expect(await getStationForEdit(users.foreignAdmin, stationId)).toBeNull();
    expect(await getWorkstationForEdit(users.foreignAdmin, workstationId)).toBeNull();
    expect(await moveOptions(users.foreignAdmin, enterprise.id)).toBeNull();
    const list = await listStations(users.foreignAdmin, parseUnitFilters({ status: "all" }));
    expect(list.rows.map((s) => s.id)).toEqual([foreign.stationId]);
  });

  it("lets a chief read the lists but opens no edit page", async () => {
    const list = await listWorkstations(users.chief, parseUnitFilters({}));
    expect(list.total).toBeGreaterThan(0);
    expect(list.rows.every((w) => w.active)).toBe(true);
    expect(await getStationForEdit(users.chief, stationId)).toBeNull();
    const officerList = await listStations(users.officer1, parseUnitFilters({}));
    expect(officerList.rows).toEqual([]);
  });

  it("lets another county's administrator create a unit with a code the demo county already uses", async () => {
    const demoDepartment = await getDb().department.findUniqueOrThrow({ where: { id: departmentId } });
    const result = await runAs(users.foreignAdmin, actions.createDepartment, {
      code: demoDepartment.code === "PUBLIC_ORDER" ? "CRIMINAL" : demoDepartment.code,
      name: "外县部门",
    });
    expect(result).toMatchObject({ ok: true });
  });
});

describe("an administrator keeping the organisation", () => {
  it("creates, renames and audits a station, a workstation and a department", async () => {
    const db = getDb();
    const station = await runAs(users.admin, actions.createStation, stationInput());
    expect(station).toMatchObject({ ok: true, data: { version: 0 } });
    const sid = (station as { data: { id: string } }).data.id;
    expect(await db.station.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ bureauId, active: true });

    const ws = await runAs(users.admin, actions.createWorkstation, workstationInput({ stationId: sid }));
    expect(ws).toMatchObject({ ok: true });
    const wid = (ws as { data: { id: string } }).data.id;
    const current = await db.workstation.findUniqueOrThrow({ where: { id: wid } });
    const renamed = await runAs(users.admin, actions.updateWorkstation, {
      id: wid,
      version: current.version,
      code: current.code,
      name: "改名后的工作站",
      nameEn: current.nameEn,
      park: current.park,
      parkEn: current.parkEn,
      cluster: current.cluster,
    });
    expect(renamed).toEqual({ ok: true, data: { id: wid, version: 1 } });
    expect(await db.workstation.findUniqueOrThrow({ where: { id: wid } })).toMatchObject({
      name: "改名后的工作站",
      stationId: sid,
      version: 1,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: wid, action: "workstation.update" } });
    expect(audit).toMatchObject({ before: { name: current.name }, after: { name: "改名后的工作站" } });

    // The form the user saw is out of date now: a second save with version 0 is a conflict.
    const stale = await runAs(users.admin, actions.updateWorkstation, {
      id: wid,
      version: 0,
      code: current.code,
      name: "又一个名字",
      park: current.park,
      cluster: current.cluster,
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict", message: "errors.conflict" });

    const dept = await runAs(users.admin, actions.createDepartment, departmentInput());
    expect(dept).toMatchObject({ ok: true });
  });

  it("answers a duplicate code at the field, also on a rename", async () => {
    const db = getDb();
    const taken = (await db.station.findUniqueOrThrow({ where: { id: stationId } })).code;
    const dup = await runAs(users.admin, actions.createStation, { ...stationInput(), code: taken });
    expect(dup).toMatchObject({ ok: false, fieldErrors: { code: ["organisation.errors.codeTaken"] } });

    const wsCode = (await db.workstation.findUniqueOrThrow({ where: { id: workstationId } })).code;
    const other = await db.workstation.findUniqueOrThrow({ where: { id: otherWorkstationId } });
    const rename = await runAs(users.admin, actions.updateWorkstation, {
      id: other.id,
      version: other.version,
      code: wsCode,
      name: other.name,
      park: other.park,
      cluster: other.cluster,
    });
    expect(rename).toMatchObject({ ok: false, fieldErrors: { code: ["organisation.errors.codeTaken"] } });
    expect(await db.workstation.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ code: other.code });
  });

  it("checks names and codes at their fields", async () => {
    const result = await runAs(users.admin, actions.createWorkstation, {
      code: "有 空格",
      name: "",
      park: "",
      cluster: "MOON",
      stationId: "",
      phone: "x",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        code: ["organisation.errors.codeFormat"],
        name: ["organisation.errors.nameRequired"],
        park: ["organisation.errors.parkRequired"],
        cluster: ["organisation.errors.clusterRequired"],
        stationId: ["organisation.errors.stationRequired"],
      },
    });
    const long = await runAs(users.admin, actions.createStation, {
      code: "x".repeat(33),
      name: "名".repeat(51),
      phone: "abc",
    });
    expect(long).toMatchObject({
      ok: false,
      fieldErrors: {
        code: ["organisation.errors.codeTooLong"],
        name: ["organisation.errors.nameTooLong"],
        phone: ["organisation.errors.phoneFormat"],
      },
    });
  });
});

describe("deactivating and reactivating", () => {
  it("refuses a station that still has work under it, listing the counts", async () => {
    const before = await snapshot();
    const result = await runAs(users.admin, actions.setActive, {
      kind: "station",
      id: stationId,
      version: await versionOf("station", stationId),
      active: "false",
    });
    expect(result).toMatchObject({ ok: false, code: "rejected", message: "organisation.errors.stationInUse" });
    expect(await snapshot()).toEqual(before);
    // The counts reach the message: the real wrapper translates with them.
    const db = getDb();
    const accounts = await db.user.count({ where: { stationId, active: true } });
    expect(accounts).toBeGreaterThan(0);
  });

  it("refuses a workstation with active enterprises", async () => {
    const result = await runAs(users.admin, actions.setActive, {
      kind: "workstation",
      id: workstationId,
      version: await versionOf("workstation", workstationId),
      active: "false",
    });
    expect(result).toMatchObject({ ok: false, code: "rejected", message: "organisation.errors.workstationInUse" });
    expect(await getDb().workstation.findUniqueOrThrow({ where: { id: workstationId } })).toMatchObject({
      active: true,
    });
  });

  it("stops offering deactivated units for new records, while existing records keep their names", async () => {
    const db = getDb();
    // An empty station with an empty workstation, and a new department supporting a demo enterprise.
    const sid = (await runAs(users.admin, actions.createStation, stationInput())) as { data: { id: string } };
    const wid = (await runAs(users.admin, actions.createWorkstation, workstationInput({ stationId: sid.data.id }))) as {
      data: { id: string };
    };
    const did = (await runAs(users.admin, actions.createDepartment, departmentInput())) as { data: { id: string } };
    await db.enterpriseSupport.create({ data: { enterpriseId: enterprise.id, departmentId: did.data.id } });

    // Deactivating the station first is refused: its workstation is still active.
    const early = await runAs(users.admin, actions.setActive, {
      kind: "station",
      id: sid.data.id,
      version: 0,
      active: "false",
    });
    expect(early).toMatchObject({ ok: false, code: "rejected", message: "organisation.errors.stationInUse" });

    for (const [kind, id] of [
      ["workstation", wid.data.id],
      ["station", sid.data.id],
      ["department", did.data.id],
    ] as const) {
      const result = await runAs(users.admin, actions.setActive, { kind, id, version: 0, active: "false" });
      expect(result).toEqual({ ok: true, data: { id, version: 1, active: false } });
      expect(await db.auditEvent.count({ where: { entityId: id, action: `${kind}.deactivate` } })).toBe(1);
    }

    // Not offered where records are made …
    expect((await workstationOptions(users.admin, { activeOnly: true })).map((w) => w.id)).not.toContain(wid.data.id);
    expect((await stationOptions(users.admin, { activeOnly: true })).map((s) => s.id)).not.toContain(sid.data.id);
    expect((await departmentOptions(users.admin, { activeOnly: true })).map((d) => d.id)).not.toContain(did.data.id);
    expect((await routingOptions(users.officer1)).departments.map((d) => d.id)).not.toContain(did.data.id);
    expect((await teamFormOptions(users.chief)).stations.map((s) => s.id)).not.toContain(sid.data.id);
    expect((await moveOptions(users.admin, enterprise.id))!.workstations.map((w) => w.id)).not.toContain(wid.data.id);
    // … and refused when sent anyway.
    const ws = await runAs(users.admin, actions.createWorkstation, workstationInput({ stationId: sid.data.id }));
    expect(ws).toMatchObject({ ok: false, fieldErrors: { stationId: ["organisation.errors.stationUnknown"] } });
    const ent = await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } });
    const move = await runAs(users.admin, actions.moveEnterprise, {
      enterpriseId: ent.id,
      version: ent.version,
      workstationId: wid.data.id,
      reason: "试图调入已停用工作站",
    });
    expect(move).toMatchObject({
      ok: false,
      fieldErrors: { workstationId: ["organisation.errors.workstationUnknown"] },
    });
    const other = await db.department.findFirstOrThrow({ where: { bureauId, active: true, id: { not: did.data.id } } });
    const added = await runAs(users.chief, assignmentActions.setSupports, {
      enterpriseId: ent.id,
      departmentIds: [other.id, did.data.id],
    });
    expect(added).toMatchObject({ ok: true });

    // The enterprise it already supported still shows it, by name, and keeps it in its set.
    const supports = await supportOptions(users.chief, enterprise.id);
    expect(supports.departments.map((d) => d.id)).toContain(did.data.id);
    const page = await findEnterpriseForUser(users.chief, enterprise.id);
    expect(page!.supports.map((s) => s.department.name)).toContain(
      (await db.department.findUniqueOrThrow({ where: { id: did.data.id } })).name,
    );

    // A workstation does not reopen under a closed station; once the station is back, it does.
    const wsBack = await runAs(users.admin, actions.setActive, {
      kind: "workstation",
      id: wid.data.id,
      version: 1,
      active: "true",
    });
    expect(wsBack).toMatchObject({ ok: false, code: "rejected", message: "organisation.errors.stationInactive" });
    const stBack = await runAs(users.admin, actions.setActive, {
      kind: "station",
      id: sid.data.id,
      version: 1,
      active: "true",
    });
    expect(stBack).toMatchObject({ ok: true, data: { active: true } });
    expect(
      await runAs(users.admin, actions.setActive, { kind: "workstation", id: wid.data.id, version: 1, active: "true" }),
    ).toMatchObject({ ok: true, data: { active: true, version: 2 } });
  });

  it("says so when the unit is already in the state asked for", async () => {
    const result = await runAs(users.admin, actions.setActive, {
      kind: "station",
      id: stationId,
      version: await versionOf("station", stationId),
      active: "true",
    });
    expect(result).toMatchObject({ ok: false, code: "rejected", message: "organisation.errors.alreadyActive" });
  });
});

describe("moving an enterprise to another workstation", () => {
  it("moves it against the version seen, audits it, and leaves its earlier work with the old workstation", async () => {
    const db = getDb();
    const before = await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } });
    const from = before.workstationId;
    const ticket = await db.ticket.findFirstOrThrow({
      where: { enterpriseId: enterprise.id },
      orderBy: { createdAt: "asc" },
    });
    const ticketsBefore = await db.ticket.count({ where: { enterpriseId: enterprise.id } });
    expect(await workstationAt(enterprise.id, ticket.createdAt)).toBe(from);

    const same = await runAs(users.admin, actions.moveEnterprise, {
      enterpriseId: before.id,
      version: before.version,
      workstationId: from,
      reason: "原地不动",
    });
    expect(same).toMatchObject({ ok: false, fieldErrors: { workstationId: ["organisation.errors.sameWorkstation"] } });

    const result = await runAs(users.admin, actions.moveEnterprise, {
      enterpriseId: before.id,
      version: before.version,
      workstationId: otherWorkstationId,
      reason: "企业搬迁至新园区",
    });
    expect(result).toEqual({
      ok: true,
      data: { id: before.id, version: before.version + 1, workstationId: otherWorkstationId },
    });
    const move = await db.enterpriseMove.findFirstOrThrow({ where: { enterpriseId: before.id } });
    expect(move).toMatchObject({
      bureauId,
      fromWorkstationId: from,
      toWorkstationId: otherWorkstationId,
      reason: "企业搬迁至新园区",
    });
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { entityId: before.id, action: "enterprise.move" } }),
    ).toMatchObject({ before: { workstationId: from }, after: { workstationId: otherWorkstationId } });

    // Work filed before the move is still the old workstation's; work filed now is the new one's.
    expect(await workstationAt(enterprise.id, ticket.createdAt)).toBe(from);
    expect(await workstationAt(enterprise.id, new Date(move.movedAt.getTime() + 1))).toBe(otherWorkstationId);
    expect(await db.ticket.count({ where: { enterpriseId: enterprise.id } })).toBe(ticketsBefore);
    expect((await moveOptions(users.admin, enterprise.id))!.moves.map((m) => m.id)).toEqual([move.id]);

    // The form seen before the move is out of date.
    const stale = await runAs(users.admin, actions.moveEnterprise, {
      enterpriseId: before.id,
      version: before.version,
      workstationId: from,
      reason: "再调回去",
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict", message: "errors.conflict" });
    expect(await db.enterpriseMove.count({ where: { enterpriseId: before.id } })).toBe(1);
  });

  it("records a move also when the register's edit changes the workstation", async () => {
    const db = getDb();
    const e = await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } });
    const result = await runAs(users.chief, enterpriseActions.update, {
      enterpriseId: e.id,
      version: e.version,
      name: e.name,
      nameEn: e.nameEn,
      creditCode: e.creditCode,
      industry: e.industry,
      industryEn: e.industryEn,
      workstationId: workstationId,
      address: e.address,
      employees: String(e.employees),
      investmentWan: String(Number(e.investmentCny) / 10_000),
      keyProject: e.keyProject ? "on" : "",
      projectPhase: e.projectPhase ?? "",
    });
    expect(result).toMatchObject({ ok: true });
    const moves = await db.enterpriseMove.findMany({ where: { enterpriseId: e.id }, orderBy: { movedAt: "asc" } });
    expect(moves.map((m) => [m.fromWorkstationId, m.toWorkstationId])).toEqual([
      [workstationId, otherWorkstationId],
      [otherWorkstationId, workstationId],
    ]);
  });
});
