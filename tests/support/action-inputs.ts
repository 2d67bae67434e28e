// A valid input for every action of the registry, naming records of the demo county (liaison1's
// enterprise, officer1's station). The authorization matrix tries them as outsiders; the fuzzing
// starts from them and breaks them field by field.
import type { z } from "zod";
import { getDb } from "@/lib/db";
import type { ActionDefinition } from "@/lib/auth/action-core";
import { CAPABILITIES } from "@/lib/authorization/matrix";
import { openApiSession } from "@/lib/api/tokens";
import { createTicket } from "@/lib/tickets/commands";
import { sendAdvisory } from "@/lib/advisories/commands";
import { sendAdvisorySchema } from "@/lib/advisories/schemas";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { creditCodeCheckChar } from "@/lib/validation/credit-code";
import { residentIdCheckChar } from "@/lib/validation/resident-id";
import { sessionUserOf } from "./demo";

/** The demo county's records the inputs point at: all of liaison1's enterprise or officer1's station. */
export type Targets = {
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
  /** An advisory officer1 sent to liaison1's enterprise alone. */
  advisoryId: string;
  /** An app signed in as liaison1 through the API, still running. */
  apiSession: { id: string; userId: string };
};

export type MatrixRow = {
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
/** The Monday `weeks` weeks after this week's, in China time. */
const nextMonday = (weeks: number) => {
  const day = chinaDate(addDays(clock.now(), 7 * weeks));
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return chinaDate(addDays(new Date(`${day}T12:00:00+08:00`), -weekday));
};
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);
const residentId = (first17: string) => first17 + residentIdCheckChar(first17);
const ref = (r: { id: string; version: number }) => ({ version: String(r.version) });

/**
 * One row per action, keyed "capability.action" as lib/authorization/matrix.ts names them. A new
 * action needs a row here: a valid input naming the demo county's records it must not reach.
 */
export const ACTION_INPUTS: Record<string, MatrixRow> = {
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
  "advisories.send": {
    input: (t) => ({
      title: "防范电信诈骗提示",
      body: "近期冒充公检法诈骗高发，请提醒员工不要向陌生账户转账。",
      urgency: "URGENT",
      targetKind: "ENTERPRISES",
      enterpriseIds: [t.enterprise.id],
      attachments: [photo()],
    }),
  },
  "advisories.acknowledge": { input: (t) => ({ advisoryId: t.advisoryId }) },
  "advisories.remind": { input: (t) => ({ advisoryId: t.advisoryId }) },
  "enterprises.find": {
    input: () => ({ q: "青岛" }),
    ownScope: "searches among the enterprises the caller may see; the input names no record",
  },
  "advisories.searchEnterprises": {
    input: () => ({ q: "青岛" }),
    ownScope: "searches among the enterprises the caller may address; the input names no record",
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
  "patrols.setHolidays": {
    input: () => ({ dates: "2026-10-01 2026-10-02", seen: "" }),
    ownScope: "sets the holiday list of the caller's own bureau; the input names no record",
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
    input: (t) => ({
      requestId: t.request.id,
      ...ref(t.request),
      documents: [{ documentId: t.request.documentId, file: [photo()] }],
    }),
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
  "residency.openSlots": {
    input: (t) => ({
      stationId: t.stationId,
      week: nextMonday(3),
      weekdays: ["1", "3"],
      times: "09:00, 10:00",
      length: "30",
      capacity: "3",
    }),
  },
  "residency.closeDay": { input: (t) => ({ stationId: t.stationId, date: today(1) }) },
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
  "accounts.create": {
    input: (t) => ({
      username: "matrix-officer",
      role: "OFFICER",
      name: "新民警",
      phone: "13800001111",
      stationId: t.stationId,
    }),
  },
  "accounts.update": {
    input: (t) => ({
      userId: t.officer1,
      seen: new Date().toISOString(),
      username: "officer1",
      role: "OFFICER",
      name: "改名",
      phone: "13800001111",
      stationId: t.stationId,
    }),
  },
  "accounts.setActive": {
    input: (t) => ({ userId: t.officer1, seen: new Date().toISOString(), active: "false" }),
  },
  "accounts.issuePasswordLink": { input: (t) => ({ userId: t.officer1 }) },
  "accounts.unlock": { input: (t) => ({ userId: t.officer1 }) },
  "accounts.resetTwoFactor": { input: (t) => ({ userId: t.officer1 }) },
  "accounts.signOutAllApps": { input: (t) => ({ userId: t.apiSession.userId }) },
  "accounts.inviteLiaison": {
    input: (t) => ({
      enterpriseId: t.enterprise.id,
      username: "matrix-liaison",
      name: "新联络员",
      phone: "13800002222",
    }),
  },
  "own account.changePassword": {
    input: () => ({
      currentPassword: "demo1234",
      newPassword: "marble tundra violin 42",
      confirmPassword: "marble tundra violin 42",
    }),
    ownScope: "changes the caller's own password; the input names no record",
  },
  "own account.setPreferredLocale": {
    input: () => ({ locale: "en" }),
    ownScope: "stores the caller's own language",
  },
  "own account.signOutEverywhere": { input: () => ({}), ownScope: "ends the caller's own sessions" },
  "own account.signOutApp": { input: (t) => ({ sessionId: t.apiSession.id }) },
  "own account.signOutAllApps": { input: () => ({}), ownScope: "signs out the caller's own apps" },
  "own account.startTwoFactor": { input: () => ({}), ownScope: "starts the caller's own two-factor set-up" },
  "own account.confirmTwoFactor": {
    input: () => ({ code: "123456" }),
    ownScope: "confirms the caller's own two-factor set-up",
  },
  "own account.disableTwoFactor": {
    input: () => ({ currentPassword: "demo1234" }),
    ownScope: "turns off the caller's own two-factor sign-in",
  },
  "own account.setTwoFactorRequirement": {
    input: () => ({ required: "no" }),
    ownScope: "sets the requirement of the caller's own bureau",
  },
  "organisation.createStation": {
    input: () => ({ code: "matrix-station", name: "新建派出所" }),
    ownScope: "creates a station in the caller's own bureau; the input names no record",
  },
  "organisation.updateStation": {
    input: (t) => ({ id: t.stationId, version: "0", code: "longshuilu", name: "龙水路派出所" }),
  },
  "organisation.createWorkstation": {
    input: (t) => ({ code: "matrix-ws", name: "新建工作站", park: "新园区", cluster: "NEV", stationId: t.stationId }),
  },
  "organisation.updateWorkstation": {
    input: (t) => ({
      id: t.workstationId,
      version: "0",
      code: t.workstationCode,
      name: "改名工作站",
      park: "园区",
      cluster: "NEV",
    }),
  },
  "organisation.createDepartment": {
    input: () => ({ code: "MATRIX_DEPT", name: "新建部门" }),
    ownScope: "creates a department in the caller's own bureau; the input names no record",
  },
  "organisation.updateDepartment": {
    input: (t) => ({ id: t.departmentId, version: "0", code: "PUBLIC_ORDER", name: "治安大队" }),
  },
  "organisation.setActive": {
    input: (t) => ({ id: t.workstationId, version: "0", kind: "workstation", active: "false" }),
  },
  "organisation.moveEnterprise": {
    input: (t) => ({
      enterpriseId: t.enterprise.id,
      version: String(t.enterprise.version),
      workstationId: t.workstationId,
      reason: "园区调整",
    }),
  },
};

/** Reads the demo county's records the inputs point at; the demo county must be loaded. */
export async function loadTargets(): Promise<Targets> {
  const db = getDb();
  const liaison1 = await sessionUserOf("liaison1");
  const officer1 = await sessionUserOf("officer1");
  const enterprise = await db.enterprise.findUniqueOrThrow({
    where: { id: liaison1.enterpriseId! },
    include: { workstation: true },
  });
  const stationId = enterprise.workstation.stationId;
  const ticket = await createTicket(liaison1, {
    category: "SECURITY_HAZARD",
    priority: "NORMAL",
    title: "矩阵工单",
    description: "用于授权矩阵的工单。",
    location: "",
  });
  const team = await db.patrolTeam.findFirstOrThrow({ where: { stationId }, include: { members: true } });
  const shift = await db.patrolShift.findFirstOrThrow({ where: { teamId: team.id }, orderBy: { date: "desc" } });
  const request = await db.residencyRequest.findFirstOrThrow({
    where: { enterpriseId: enterprise.id },
    include: { documents: true },
  });
  const nearOfficer1 = { enterprise: { workstation: { stationId } } };
  const liaisonRow = await db.user.findUniqueOrThrow({
    where: { id: liaison1.id },
    select: { id: true, tokenVersion: true },
  });
  const apiSession = await openApiSession(db, liaisonRow, "矩阵应用", "203.0.113.9");
  return {
    enterprise: { id: enterprise.id, version: enterprise.version },
    workstationId: enterprise.workstationId,
    workstationCode: enterprise.workstation.code,
    stationId,
    departmentId: (await db.department.findFirstOrThrow({ where: { bureauId: enterprise.bureauId } })).id,
    officer1: officer1.id,
    otherOfficerSameStation: (
      await db.user.findFirstOrThrow({ where: { role: "OFFICER", stationId, id: { not: officer1.id } } })
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
    notificationIds: (await db.notification.findMany({ where: { userId: liaison1.id } })).map((n) => n.id),
    advisoryId: (
      await sendAdvisory(
        officer1,
        sendAdvisorySchema.parse({
          title: "矩阵提示",
          body: "用于授权矩阵的提示。",
          urgency: "NORMAL",
          targetKind: "ENTERPRISES",
          enterpriseIds: [enterprise.id],
        }),
      )
    ).id,
    apiSession: { id: apiSession.sessionId, userId: liaison1.id },
  };
}

/** An action definition of any schema; inputs here are raw, as a form would send them. */
export type AnyAction = ActionDefinition<z.ZodType, unknown>;

/** Every action of the registry, named "capability.action" as lib/authorization/matrix.ts names them. */
export const REGISTRY = CAPABILITIES.flatMap((cap) =>
  Object.entries(cap.actions ?? {}).map(([name, def]) => ({
    key: `${cap.name}.${name}`,
    def: def as unknown as AnyAction,
  })),
);
