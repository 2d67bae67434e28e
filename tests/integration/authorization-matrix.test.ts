// The authorization matrix, generated from the action registry (lib/authorization/matrix.ts): every
// action × every outsider (anonymous, the demo county's roles the policy refuses, a liaison of another
// enterprise, an officer of another station, every role of a second county) with an input naming the
// demo county's records. Each attempt must be refused and leave every table's rows exactly as they
// were. An action in the registry without a row in INPUTS fails the test, so none can be added
// without its row here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { ActionDefinition } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { CAPABILITIES } from "@/lib/authorization/matrix";
import { createTicket } from "@/lib/tickets/commands";
import { addDays, chinaDate } from "@/lib/time/china";
import { creditCodeCheckChar } from "@/lib/validation/credit-code";
import { residentIdCheckChar } from "@/lib/validation/resident-id";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";
import { executeAction } from "@/lib/auth/action-core";
import { loadSecondCounty } from "../support/second-county";
import { changedTables, tableChecksums } from "../support/table-checksum";

/** The demo county's records the inputs point at: all of liaison1's enterprise or officer1's station. */
type Targets = {
  enterprise: { id: string; version: number };
  workstationId: string;
  workstationCode: string;
  stationId: string;
  departmentId: string;
  officer1: string;
  otherOfficerSameStation: string;
  ticket: { id: string; version: number };
  hazard: { id: string; version: number };
  dispute: { id: string; version: number };
  team: { id: string; version: number; memberIds: string[] };
  rota: { id: string; version: number };
  shift: { id: string; version: number; enterpriseIds: string[] };
  request: { id: string; version: number; documentId: string };
  slotId: string;
  requirementId: string;
  notificationIds: string[];
};

type Row = {
  input: (t: Targets) => unknown;
  /**
   * Why a user the policy admits, of any county, may run this input in their own scope: it names no
   * record (a new ticket is filed for the caller's own enterprise). Only the roles the policy refuses
   * and anonymous callers are then tried.
   */
  ownScope?: string;
  /** Why a foreign id is skipped rather than refused: then only the unchanged rows are asserted. */
  ignoresForeignIds?: string;
};

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const photo = () => new File([PNG as Uint8Array<ArrayBuffer>], "photo.png", { type: "image/png" });
const csv = () =>
  new File(["企业名称,统一社会信用代码\n测试企业,91370285MA00000000\n"], "register.csv", { type: "text/csv" });
const today = (offset = 0) => chinaDate(addDays(clock.now(), offset));
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);
const residentId = (first17: string) => first17 + residentIdCheckChar(first17);
const ref = (r: { id: string; version: number }) => ({ version: String(r.version) });

/**
 * One row per action, keyed "capability.action" as lib/authorization/matrix.ts names them. A new
 * action needs a row here: a valid input naming the demo county's records it must not reach.
 */
const INPUTS: Record<string, Row> = {
  "tickets.create": {
    input: () => ({
      category: "SECURITY_HAZARD",
      priority: "NORMAL",
      title: "门岗监控故障",
      description: "东门监控画面中断两天。",
      location: "",
    }),
    ownScope: "files for the caller's own enterprise; the input names no record",
  },
  "tickets.accept": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket) }) },
  "tickets.start": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket) }) },
  "tickets.resolve": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket), summary: "已处理完毕" }) },
  "tickets.reject": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket), reason: "不属于警务事项" }) },
  "tickets.withdraw": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket) }) },
  "tickets.confirm": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket), rating: "5", comment: "" }) },
  "tickets.reopen": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket), reason: "问题再次出现" }) },
  "tickets.escalate": { input: (t) => ({ ticketId: t.ticket.id, ...ref(t.ticket), reason: "长时间无人处理" }) },
  "tickets.comment": { input: (t) => ({ ticketId: t.ticket.id, body: "补充说明" }) },
  "tickets.note": { input: (t) => ({ ticketId: t.ticket.id, body: "内部备注" }) },
  "tickets.requestHelp": { input: (t) => ({ ticketId: t.ticket.id, departmentId: t.departmentId, note: "" }) },
  "tickets.transfer": {
    input: (t) => ({
      ticketId: t.ticket.id,
      ...ref(t.ticket),
      officerId: t.otherOfficerSameStation,
      reason: "调整分工",
    }),
  },
  "sla.updateTable": {
    input: () => ({ "SECURITY_HAZARD.NORMAL.accept": "2", "SECURITY_HAZARD.NORMAL.resolve": "48" }),
    ownScope: "edits the caller's own county's table; the input names no record",
  },
  "enterprises.create": {
    input: (t) => ({
      name: "矩阵测试企业",
      creditCode: creditCode("91370285MX0000001"),
      industry: "装备制造",
      workstationId: t.workstationId,
      employees: "10",
      investmentWan: "100",
    }),
  },
  "enterprises.update": {
    input: (t) => ({
      enterpriseId: t.enterprise.id,
      ...ref(t.enterprise),
      name: "改名企业",
      creditCode: creditCode("91370285MX0000002"),
      industry: "装备制造",
      workstationId: t.workstationId,
      employees: "10",
      investmentWan: "100",
    }),
  },
  "enterprises.setActive": {
    input: (t) => ({ enterpriseId: t.enterprise.id, ...ref(t.enterprise), active: "false", reason: "企业已迁出" }),
  },
  "enterprise import.preview": {
    input: () => ({ file: csv() }),
    ownScope: "checks a sheet against the caller's own county and writes nothing",
  },
  "enterprise import.commit": {
    input: (t) => ({
      rows: [
        {
          line: 2,
          values: {
            name: "导入企业",
            creditCode: creditCode("91370285MX0000003"),
            industry: "制造",
            workstation: t.workstationCode,
          },
        },
      ],
    }),
    ignoresForeignIds: "a row naming another county's workstation is skipped and counted, not refused",
  },
  "assignments.reassign": {
    input: (t) => ({
      enterpriseId: t.enterprise.id,
      ...ref(t.enterprise),
      officerId: t.otherOfficerSameStation,
      reason: "调整分工",
    }),
  },
  "assignments.handOver": {
    input: (t) => ({ fromOfficerId: t.officer1, toOfficerId: t.otherOfficerSameStation, reason: "调岗交接" }),
  },
  "assignments.setSupports": { input: (t) => ({ enterpriseId: t.enterprise.id, departmentIds: [t.departmentId] }) },
  "visits.log": {
    input: (t) => ({ enterpriseId: t.enterprise.id, visitedOn: today(), kind: "ROUTINE", findings: "一切正常" }),
  },
  "hazards.list": {
    input: (t) => ({
      enterpriseId: t.enterprise.id,
      description: "消防通道堵塞",
      location: "",
      severity: "MEDIUM",
      deadline: today(7),
      attachments: [photo()],
    }),
  },
  "hazards.start": { input: (t) => ({ hazardId: t.hazard.id, ...ref(t.hazard) }) },
  "hazards.report": {
    input: (t) => ({ hazardId: t.hazard.id, ...ref(t.hazard), note: "已清理通道", attachments: [photo()] }),
  },
  "hazards.close": { input: (t) => ({ hazardId: t.hazard.id, ...ref(t.hazard) }) },
  "hazards.sendBack": { input: (t) => ({ hazardId: t.hazard.id, ...ref(t.hazard), reason: "整改不到位" }) },
  "disputes.record": {
    input: (t) => ({
      enterpriseId: t.enterprise.id,
      kind: "LABOR",
      parties: "张三与企业",
      description: "拖欠工资",
      escalationRisk: "",
    }),
  },
  "disputes.logSession": {
    input: (t) => ({
      disputeId: t.dispute.id,
      ...ref(t.dispute),
      heldAt: `${today(-1)} 10:00`,
      notes: "双方到场调解",
    }),
  },
  "disputes.setRisk": { input: (t) => ({ disputeId: t.dispute.id, ...ref(t.dispute), risk: "true" }) },
  "disputes.resolve": { input: (t) => ({ disputeId: t.dispute.id, ...ref(t.dispute), outcome: "达成一致" }) },
  "disputes.refer": {
    input: (t) => ({ disputeId: t.dispute.id, ...ref(t.dispute), referredTo: "COURT", details: "移交法院" }),
  },
  "patrols.createTeam": {
    input: (t) => ({
      name: "矩阵巡防队",
      stationId: t.stationId,
      leadOfficerId: t.officer1,
      guardsPerNight: "2",
      routeName: "",
      checkpoints: "东门\n西门",
      memberIds: t.team.memberIds,
    }),
  },
  "patrols.updateTeam": {
    input: (t) => ({
      teamId: t.team.id,
      ...ref(t.team),
      active: "on",
      name: "改名巡防队",
      stationId: t.stationId,
      leadOfficerId: t.officer1,
      guardsPerNight: "2",
      routeName: "",
      checkpoints: "东门",
      memberIds: t.team.memberIds,
    }),
  },
  "patrols.setUnavailability": {
    input: (t) => ({ enterpriseId: t.enterprise.id, date: today(3), unavailable: "on" }),
  },
  "patrols.generateRota": {
    input: (t) => ({ teamId: t.team.id, month: today(40).slice(0, 7) }),
  },
  "patrols.editNight": {
    input: (t) => ({ shiftId: t.shift.id, ...ref(t.shift), enterpriseIds: t.shift.enterpriseIds.slice(0, 2) }),
  },
  "patrols.publishRota": { input: (t) => ({ rotaId: t.rota.id, ...ref(t.rota) }) },
  "patrols.logShift": {
    input: (t) => ({
      shiftId: t.shift.id,
      ...ref(t.shift),
      kind: "FOOT",
      startedAt: `${today(-1)} 21:00`,
      endedAt: `${today(-1)} 23:00`,
      checkpointsPassed: [],
      personsChecked: "1",
      vehiclesChecked: "0",
      guardPersonTimes: "2",
      incidents: "",
      notes: "",
    }),
  },
  "patrols.attachRequest": { input: (t) => ({ ticketId: t.ticket.id, teamId: t.team.id }) },
  "residency.file": {
    input: () => ({
      kind: "TALENT_SETTLEMENT",
      applicantName: "林晓",
      applicantIdNumber: residentId("37028519900203001"),
      applicantPhone: "13812345678",
      education: "MASTER",
      serviceMode: "WINDOW",
    }),
    ownScope: "files for the caller's own enterprise; the input names no record",
  },
  "residency.edit": {
    input: (t) => ({
      requestId: t.request.id,
      ...ref(t.request),
      applicantName: "林晓",
      applicantIdNumber: residentId("37028519900203001"),
      applicantPhone: "13812345678",
      education: "MASTER",
      serviceMode: "WINDOW",
    }),
  },
  "residency.upload": {
    input: (t) => ({ requestId: t.request.id, ...ref(t.request), documentId: t.request.documentId, file: [photo()] }),
  },
  "residency.submit": { input: (t) => ({ requestId: t.request.id, ...ref(t.request) }) },
  "residency.book": { input: (t) => ({ requestId: t.request.id, slotId: t.slotId }) },
  "residency.cancelBooking": { input: (t) => ({ requestId: t.request.id }) },
  "residency.previewBatch": {
    input: () => ({ file: csv() }),
    ownScope: "checks a sheet for the caller's own enterprise and writes nothing",
  },
  "residency.createBatch": {
    input: () => ({ file: csv() }),
    ownScope: "files for the caller's own enterprise; the input names no record",
  },
  "residency.startReview": { input: (t) => ({ requestId: t.request.id, ...ref(t.request) }) },
  "residency.reviewDocument": {
    input: (t) => ({
      requestId: t.request.id,
      ...ref(t.request),
      documentId: t.request.documentId,
      decision: "ACCEPT",
      reason: "",
    }),
  },
  "residency.askMaterials": {
    input: (t) => ({
      requestId: t.request.id,
      ...ref(t.request),
      documentIds: [t.request.documentId],
      note: "请补充材料",
    }),
  },
  "residency.approve": { input: (t) => ({ requestId: t.request.id, ...ref(t.request) }) },
  "residency.complete": { input: (t) => ({ requestId: t.request.id, ...ref(t.request) }) },
  "residency.reject": { input: (t) => ({ requestId: t.request.id, ...ref(t.request), reason: "材料不符" }) },
  "residency.schedule": {
    input: (t) => ({
      requestId: t.request.id,
      ...ref(t.request),
      serviceOfficerId: t.officer1,
      serviceDate: today(5),
    }),
  },
  "residency.saveRequirement": {
    input: (t) => ({
      requirementId: t.requirementId,
      kind: "TALENT_SETTLEMENT",
      code: "matrix-item",
      label: "矩阵材料",
      labelEn: "Matrix item",
      required: "on",
      active: "on",
      sortOrder: "5",
    }),
  },
  "notifications.markRead": {
    input: (t) => ({ ids: t.notificationIds }),
    ignoresForeignIds: "marks only the caller's own notifications; another's ids match nothing",
  },
  "notifications.markAllRead": {
    input: () => ({}),
    ownScope: "marks the caller's own notifications; the input names no record",
  },
};

type Actor = { name: string; user: SessionUser | null };

const registry = CAPABILITIES.flatMap((cap) =>
  Object.entries(cap.actions ?? {}).map(([name, def]) => ({
    key: `${cap.name}.${name}`,
    def: def as ActionDefinition<never, unknown>,
  })),
);

const targets = {} as Targets;
const demo = {} as Record<"liaison1" | "liaison2" | "officer1" | "officer2" | "chief" | "admin", SessionUser>;
let foreign: Actor[] = [];
let restoreClock: () => void;
const attempts = { total: 0, refused: 0, ignored: 0 };

beforeAll(async () => {
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  const db = getDb();
  for (const name of ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const)
    demo[name] = await sessionUserOf(name);
  const second = await loadSecondCounty();
  foreign = Object.entries(second.users).map(([role, user]) => ({ name: `${role} of another county`, user }));

  const enterprise = await db.enterprise.findUniqueOrThrow({
    where: { id: demo.liaison1.enterpriseId! },
    include: { workstation: true },
  });
  const stationId = enterprise.workstation.stationId;
  const ticket = await createTicket(demo.liaison1, {
    category: "SECURITY_HAZARD",
    priority: "NORMAL",
    title: "矩阵工单",
    description: "用于授权矩阵的工单。",
    location: "",
  });
  const team = await db.patrolTeam.findFirstOrThrow({ where: { stationId }, include: { members: true } });
  const shift = await db.patrolShift.findFirstOrThrow({
    where: { teamId: team.id },
    include: { enterprises: true },
    orderBy: { date: "desc" },
  });
  const request = await db.residencyRequest.findFirstOrThrow({
    where: { enterpriseId: enterprise.id },
    include: { documents: true },
  });
  const nearOfficer1 = { enterprise: { workstation: { stationId } } };
  Object.assign(targets, {
    enterprise: { id: enterprise.id, version: enterprise.version },
    workstationId: enterprise.workstationId,
    workstationCode: enterprise.workstation.code,
    stationId,
    departmentId: (await db.department.findFirstOrThrow({ where: { bureauId: enterprise.bureauId } })).id,
    officer1: demo.officer1.id,
    otherOfficerSameStation: (
      await db.user.findFirstOrThrow({ where: { role: "OFFICER", stationId, id: { not: demo.officer1.id } } })
    ).id,
    ticket: await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { id: true, version: true } }),
    hazard: await db.hazard.findFirstOrThrow({ where: nearOfficer1, select: { id: true, version: true } }),
    dispute: await db.dispute.findFirstOrThrow({
      where: { bureauId: enterprise.bureauId },
      select: { id: true, version: true },
    }),
    team: { id: team.id, version: team.version, memberIds: team.members.map((m) => m.enterpriseId) },
    rota: await db.patrolRota.findFirstOrThrow({ where: { teamId: team.id }, select: { id: true, version: true } }),
    shift: { id: shift.id, version: shift.version, enterpriseIds: team.members.map((m) => m.enterpriseId) },
    request: { id: request.id, version: request.version, documentId: request.documents[0]!.id },
    slotId: (await db.appointmentSlot.findFirstOrThrow({ where: { stationId } })).id,
    requirementId: (await db.documentRequirement.findFirstOrThrow({ where: { bureauId: enterprise.bureauId } })).id,
    notificationIds: (await db.notification.findMany({ where: { userId: demo.liaison1.id } })).map((n) => n.id),
  } satisfies Targets);
});

afterAll(() => restoreClock());

/** Whoever must be refused this action with this input, besides the second county's users. */
function outsiders(def: ActionDefinition<never, unknown>, row: Row): Actor[] {
  const demoRoles = [demo.liaison1, demo.officer1, demo.chief, demo.admin];
  const refusedRoles = demoRoles
    .filter((u) => !def.allow(u))
    .map((u) => ({ name: `${u.role.toLowerCase()} (role refused)`, user: u }));
  const actors: Actor[] = [{ name: "anonymous", user: null }, ...refusedRoles];
  if (row.ownScope) return actors;
  // Same county, same role, someone else's records: liaison2 is of another enterprise, officer2 of another station.
  if (def.allow(demo.liaison2)) actors.push({ name: "liaison of another enterprise", user: demo.liaison2 });
  if (def.allow(demo.officer2)) actors.push({ name: "officer of another station", user: demo.officer2 });
  return [...actors, ...foreign];
}

describe("the authorization matrix", () => {
  it("has a row for every action of the registry, and none for an action it no longer has", () => {
    const missing = registry.filter((a) => !(a.key in INPUTS)).map((a) => `action ${a.key} has no matrix row`);
    const stale = Object.keys(INPUTS)
      .filter((key) => !registry.some((a) => a.key === key))
      .map((key) => `matrix row ${key} names no action of the registry`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it.each(registry.map((a) => [a.key, a] as const))(
    "%s: every outsider is refused and no row changes",
    async (key, { def }) => {
      const row = INPUTS[key];
      if (!row) throw new Error(`action ${key} has no matrix row (add it to INPUTS)`);
      // Refused for its input, an attempt proves nothing about scope: the row's input must be valid.
      const parsed = def.schema.safeParse(row.input(targets));
      expect(parsed.error?.issues ?? [], `the matrix row of ${key} is not a valid input`).toEqual([]);
      const before = await tableChecksums();
      const outcomes: string[] = [];
      for (const actor of outsiders(def, row)) {
        const result = actor.user
          ? await runAs(actor.user, def, row.input(targets))
          : await executeAction(def, row.input(targets), { user: null, sameOrigin: true, t: (k) => k });
        attempts.total++;
        if (result.ok) {
          if (row.ignoresForeignIds) attempts.ignored++;
          else outcomes.push(`${actor.name} was allowed`);
        } else {
          attempts.refused++;
        }
      }
      const changed = changedTables(before, await tableChecksums());
      expect({ outcomes, changed }).toEqual({ outcomes: [], changed: [] });
    },
  );

  it("counts its attempts", ({ annotate }) => {
    annotate(`${attempts.total} attempts: ${attempts.refused} refused, ${attempts.ignored} ignored without a write`);
    expect(attempts.total).toBeGreaterThan(registry.length * 3);
  });
});
