// Loads the demo county (莱西), its city (青岛) and a small second county (平度) into an empty database. Idempotent: a database that already holds
// the demo bureau is left alone. Dates are relative to `now` so every screen shows recent work.
import type { Db } from "../../lib/db/connection.ts";
import type { Prisma, TicketStatus, HazardStatus, ResidencyStatus } from "../../lib/db/generated/client.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { defaultSlaRules } from "../../lib/sla/defaults.ts";
import { currentDueAt } from "../../lib/sla/deadlines.ts";
import { DEFAULT_CHECKLISTS } from "../../lib/residency/checklist-defaults.ts";
import { referralOutcome } from "../../lib/disputes/outcome.ts";
import { formatYearlyNumber } from "../../lib/counters/yearly-number.ts";
import { clock } from "../../lib/time/clock.ts";
import { loadCity } from "./city.ts";
import { enterpriseRow } from "./rows.ts";
import * as data from "./data.ts";
import { seededRandom } from "./random.ts";

export const DEMO_PASSWORD = "demo1234";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Tx = Prisma.TransactionClient;

export async function seedDemo(db: Db, { now = clock.now() }: { now?: Date } = {}): Promise<{ created: boolean }> {
  if (await db.bureau.findUnique({ where: { code: data.bureau.code }, select: { id: true } }))
    return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const countyId = await loadCounty(tx, now, passwordHash);
      await loadCity(tx, countyId, now, passwordHash);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return { created: true };
}

/** The demo county; answers its bureau's id. */
async function loadCounty(tx: Tx, now: Date, passwordHash: string): Promise<string> {
  const rnd = seededRandom(20261122);
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * HOUR);

  const bureau = await tx.bureau.create({ data: data.bureau });
  const bureauId = bureau.id;

  const departments = await tx.department.createManyAndReturn({
    data: data.departments.map((d) => ({ ...d, bureauId })),
  });
  const departmentIdByName = new Map(departments.map((d) => [d.name, d.id]));

  const stations = await tx.station.createManyAndReturn({ data: data.stations.map((s) => ({ ...s, bureauId })) });
  const stationId = new Map(stations.map((s) => [s.code, s.id]));

  const workstations = await tx.workstation.createManyAndReturn({
    data: data.workstations.map(({ stationCode, ...w }) => ({
      ...w,
      bureauId,
      stationId: stationId.get(stationCode)!,
    })),
  });
  const workstationId = new Map(workstations.map((w) => [w.code, w.id]));

  const enterprises = await tx.enterprise.createManyAndReturn({
    data: data.enterprises.map((e) => enterpriseRow(e, bureauId, workstationId.get(e.workstationCode)!)),
  });
  const enterpriseId = new Map(data.enterprises.map((e, i) => [e.code, enterprises[i]!.id]));

  const users = await tx.user.createManyAndReturn({
    data: data.users.map((u) => ({
      bureauId,
      username: u.username,
      name: u.name,
      nameEn: u.nameEn,
      passwordHash,
      role: u.role,
      kind: u.kind ?? null,
      badgeNo: u.badgeNo ?? null,
      title: u.title ?? "",
      phone: u.phone,
      stationId: u.stationCode ? stationId.get(u.stationCode)! : null,
      departmentId: u.department ? departmentIdByName.get(u.department)! : null,
      enterpriseId: u.enterpriseCode ? enterpriseId.get(u.enterpriseCode)! : null,
    })),
  });
  const userId = new Map(data.users.map((u, i) => [u.username, users[i]!.id]));
  const chiefId = userId.get("chief")!;

  // Responsible officers (一企一警) with history, and the "1+N" supporting departments.
  for (const a of data.assignments) {
    const eid = enterpriseId.get(a.enterpriseCode)!;
    const officerId = userId.get(a.officerUsername)!;
    await tx.assignment.create({
      data: {
        enterpriseId: eid,
        officerId,
        assignedById: chiefId,
        reason: "一企一警责任落实",
        startedAt: new Date(`${a.since}T09:00:00+08:00`),
      },
    });
    await tx.enterprise.update({ where: { id: eid }, data: { responsibleOfficerId: officerId } });
    for (const name of a.supportingDepartments ?? []) {
      await tx.enterpriseSupport.create({ data: { enterpriseId: eid, departmentId: departmentIdByName.get(name)! } });
    }
  }

  await tx.slaRule.createMany({ data: defaultSlaRules().map((r) => ({ ...r, bureauId })) });
  await tx.setting.create({ data: { bureauId, key: "visit.cadenceDays", value: 30 } });

  const covered = data.assignments.map((a) => ({
    enterpriseId: enterpriseId.get(a.enterpriseCode)!,
    officerId: userId.get(a.officerUsername)!,
  }));
  const liaisonOf = new Map(
    data.users
      .filter((u) => u.role === "LIAISON")
      .map((u) => [enterpriseId.get(u.enterpriseCode!)!, userId.get(u.username)!]),
  );
  const demoEnterprises = ["liaison1", "liaison2"].map(
    (name) => data.users.find((u) => u.username === name)!.enterpriseCode!,
  );
  // The two demo liaisons' enterprises get a share of every kind of work, the rest is spread.
  const workTarget = (i: number) =>
    i % 3 === 2
      ? rnd.pick(covered)
      : covered.find((c) => c.enterpriseId === enterpriseId.get(demoEnterprises[i % 2]!))!;

  await loadTickets(tx, { bureauId, now, ago, rnd, workTarget, liaisonOf, chiefId });
  await loadHazards(tx, { bureauId, now, ago, rnd, workTarget, liaisonOf });
  await loadDisputes(tx, { bureauId, ago, workTarget, stationOf: (eid) => stationOfEnterprise(eid) });
  await loadVisits(tx, { bureauId, ago, rnd, covered });
  await loadPatrols(tx, { bureauId, now, ago, rnd, stationId, enterpriseId, userId });
  await loadResidency(tx, { bureauId, now, ago, rnd, enterpriseId, userId, stationId });

  await loadAdvisories(tx, {
    bureauId,
    ago,
    chiefId,
    officer1Id: userId.get("officer1")!,
    enterprises: enterprises.map((e) => ({ id: e.id })),
    demoEnterpriseIds: demoEnterprises.map((code) => enterpriseId.get(code)!),
    stationOf: (eid) => stationOfEnterprise(eid),
    liaisonOf,
  });

  function stationOfEnterprise(eid: string): string {
    const e = data.enterprises[enterprises.findIndex((x) => x.id === eid)]!;
    return stationId.get(data.workstations.find((w) => w.code === e.workstationCode)!.stationCode)!;
  }

  for (const username of ["officer1", "officer2", "liaison1", "liaison2", "chief"]) {
    await tx.notification.create({
      data: { userId: userId.get(username)!, kind: "welcome", params: {}, link: "/", createdAt: ago(0, 1) },
    });
  }
  await tx.auditEvent.create({
    data: {
      bureauId,
      action: "demo.seed",
      entity: "Bureau",
      entityId: bureauId,
      after: { enterprises: enterprises.length, users: users.length },
    },
  });
  return bureauId;
}

type Ctx = {
  bureauId: string;
  now: Date;
  ago: (days: number, hours?: number) => Date;
  rnd: ReturnType<typeof seededRandom>;
};

const TICKET_STATUSES: TicketStatus[] = [
  "SUBMITTED",
  "ACCEPTED",
  "IN_PROGRESS",
  "RESOLVED",
  "CLOSED",
  "CLOSED",
  "REOPENED",
  "REJECTED",
  "WITHDRAWN",
  "IN_PROGRESS",
  "CLOSED",
  "SUBMITTED",
];

async function loadTickets(
  tx: Tx,
  c: Ctx & {
    workTarget: (i: number) => { enterpriseId: string; officerId: string };
    liaisonOf: Map<string, string>;
    chiefId: string;
  },
) {
  const rules = new Map(defaultSlaRules().map((r) => [`${r.category}:${r.priority}`, r]));
  const year = c.now.getUTCFullYear();
  let seq = 0;
  for (const [i, t] of data.ticketTemplates.entries()) {
    const target = c.workTarget(i);
    const status = TICKET_STATUSES[i % TICKET_STATUSES.length]!;
    const createdBy = c.liaisonOf.get(target.enterpriseId) ?? target.officerId;
    const createdAt = c.ago(c.rnd.int(1, 50), c.rnd.int(0, 20));
    const rule = rules.get(`${t.category}:${t.priority}`)!;
    const acceptDueAt = new Date(createdAt.getTime() + rule.acceptHours * HOUR);
    const resolveDueAt = new Date(createdAt.getTime() + rule.resolveHours * HOUR);
    const accepted = !["SUBMITTED", "REJECTED", "WITHDRAWN"].includes(status);
    const resolved = ["RESOLVED", "CLOSED"].includes(status);
    const at = (hours: number) => new Date(createdAt.getTime() + hours * HOUR);
    const events: Prisma.TicketEventCreateWithoutTicketInput[] = [
      { actor: { connect: { id: createdBy } }, kind: "CREATED", toStatus: "SUBMITTED", createdAt },
    ];
    const change = (from: TicketStatus, to: TicketStatus, hours: number, actor: string, body?: string) =>
      events.push({
        actor: { connect: { id: actor } },
        kind: "STATUS_CHANGED",
        fromStatus: from,
        toStatus: to,
        body,
        createdAt: at(hours),
      });
    if (accepted) {
      change("SUBMITTED", "ACCEPTED", rule.acceptHours / 2, target.officerId);
      if (status !== "ACCEPTED") change("ACCEPTED", "IN_PROGRESS", rule.acceptHours, target.officerId);
      if (t.comment)
        events.push({
          actor: { connect: { id: target.officerId } },
          kind: "COMMENT",
          body: t.comment,
          createdAt: at(rule.acceptHours + 1),
        });
      events.push({
        actor: { connect: { id: target.officerId } },
        kind: "INTERNAL_NOTE",
        visibility: "INTERNAL",
        body: "已与配合警种沟通，按计划推进。",
        createdAt: at(rule.acceptHours + 2),
      });
    }
    if (resolved || status === "REOPENED")
      change("IN_PROGRESS", "RESOLVED", rule.resolveHours / 2, target.officerId, t.resolutionSummary);
    if (status === "CLOSED") change("RESOLVED", "CLOSED", rule.resolveHours / 2 + 6, createdBy);
    if (status === "REOPENED")
      change("RESOLVED", "REOPENED", rule.resolveHours / 2 + 6, createdBy, "问题仍未彻底解决，请再次处理。");
    if (status === "REJECTED")
      change("SUBMITTED", "REJECTED", 2, target.officerId, "该事项不属于公安机关职责范围，已告知对口部门联系方式。");
    if (status === "WITHDRAWN") change("SUBMITTED", "WITHDRAWN", 1, createdBy, "企业已自行解决。");

    seq += 1;
    await tx.ticket.create({
      data: {
        bureauId: c.bureauId,
        number: formatYearlyNumber("ticket", year, seq),
        enterpriseId: target.enterpriseId,
        category: t.category,
        priority: t.priority,
        title: t.title,
        description: t.description,
        status,
        assigneeId: target.officerId,
        createdById: createdBy,
        acceptDueAt,
        resolveDueAt,
        dueAt: currentDueAt(status, { acceptDueAt, resolveDueAt }),
        acceptedAt: accepted ? at(rule.acceptHours / 2) : null,
        resolvedAt: resolved ? at(rule.resolveHours / 2) : null,
        closedAt: status === "CLOSED" ? at(rule.resolveHours / 2 + 6) : null,
        resolutionText: resolved ? (t.resolutionSummary ?? "已处理完毕。") : null,
        rejectReason: status === "REJECTED" ? "该事项不属于公安机关职责范围。" : null,
        reopenCount: status === "REOPENED" ? 1 : 0,
        rating: status === "CLOSED" ? c.rnd.int(4, 5) : null,
        createdAt,
        events: { create: events },
      },
    });
  }
  await tx.counter.create({ data: { bureauId: c.bureauId, scope: "ticket", year, value: seq } });
}

const HAZARD_STATUSES: HazardStatus[] = ["LISTED", "RECTIFYING", "PENDING_VERIFICATION", "CLOSED"];

async function loadHazards(
  tx: Tx,
  c: Ctx & { workTarget: (i: number) => { enterpriseId: string; officerId: string }; liaisonOf: Map<string, string> },
) {
  for (const [i, h] of data.hazardTemplates.entries()) {
    const target = c.workTarget(i);
    const status = HAZARD_STATUSES[i % HAZARD_STATUSES.length]!;
    const createdAt = c.ago(c.rnd.int(3, 40));
    // Every third open hazard is past its deadline so the overdue lists have something to show.
    const deadline = i % 3 === 0 && status !== "CLOSED" ? c.ago(1) : new Date(createdAt.getTime() + 30 * DAY);
    await tx.hazard.create({
      data: {
        bureauId: c.bureauId,
        enterpriseId: target.enterpriseId,
        description: h.description,
        location: h.location,
        severity: h.severity,
        status,
        deadline,
        listedById: target.officerId,
        rectifyNote: status === "PENDING_VERIFICATION" || status === "CLOSED" ? "已按要求完成整改，附整改照片。" : null,
        rectifiedAt: status === "PENDING_VERIFICATION" || status === "CLOSED" ? c.ago(1) : null,
        verifiedById: status === "CLOSED" ? target.officerId : null,
        closedAt: status === "CLOSED" ? c.ago(0, 5) : null,
        createdAt,
      },
    });
  }
}

/**
 * Two advisories: the chief's urgent county-wide fraud warning, which liaison1's enterprise has not yet
 * opened (so its home leads with it), and officer1's holiday notice to their own enterprises, which
 * liaison1's enterprise has acknowledged. Others have read or acknowledged some of each.
 */
async function loadAdvisories(
  tx: Tx,
  c: {
    bureauId: string;
    ago: Ctx["ago"];
    chiefId: string;
    officer1Id: string;
    enterprises: { id: string }[];
    demoEnterpriseIds: string[];
    stationOf: (eid: string) => string;
    liaisonOf: Map<string, string>;
  },
) {
  // The enterprise rows were read before the responsible officers were set; read them again.
  const officers = new Map(
    (
      await tx.enterprise.findMany({
        where: { bureauId: c.bureauId },
        select: { id: true, responsibleOfficerId: true },
      })
    ).map((e) => [e.id, e.responsibleOfficerId]),
  );
  const [liaison1Enterprise] = c.demoEnterpriseIds;
  const advisories = [
    {
      senderId: c.chiefId,
      title: "警惕遥控地磅等新型诈骗",
      body:
        "近期本地破获多起针对企业的诈骗案件，其中有不法分子在地磅上加装遥控装置、虚增过磅重量。\n" +
        "请各企业：一、定期请有资质的单位校验地磅，检查线路有无异常加装；二、财务人员不向陌生账户转账，" +
        "接到自称公检法或领导的转账要求一律电话核实；三、发现可疑情况立即拨打 110 或联系驻企民警。",
      urgency: "URGENT" as const,
      targetKind: "COUNTY" as const,
      createdAt: c.ago(2),
      expiresAt: c.ago(-28),
      reached: c.enterprises.map((e) => e.id),
      // liaison1's enterprise has not opened it yet; every third of the others has acknowledged it.
      state: (eid: string, i: number) =>
        eid === liaison1Enterprise ? "none" : i % 3 === 0 ? "acknowledged" : i % 3 === 1 ? "read" : "none",
    },
    {
      senderId: c.officer1Id,
      title: "节日期间安全防范提示",
      body:
        "节日将至，请企业落实值班值守和节前安全检查：清理消防通道、检查配电设施、锁好财务室和仓库，" +
        "厂区人员车辆出入登记。节日期间园区将加密巡逻，如需协助请联系驻企民警。",
      urgency: "NORMAL" as const,
      targetKind: "COUNTY" as const,
      createdAt: c.ago(6),
      expiresAt: c.ago(-10),
      reached: c.enterprises.filter((e) => officers.get(e.id) === c.officer1Id).map((e) => e.id),
      state: (eid: string, i: number) => (eid === liaison1Enterprise || i % 2 === 0 ? "acknowledged" : "none"),
    },
  ];
  for (const a of advisories) {
    const rows = a.reached.map((enterpriseId, i) => {
      const state = a.state(enterpriseId, i);
      const readAt = state === "none" ? null : new Date(a.createdAt.getTime() + (i + 1) * HOUR);
      return {
        enterpriseId,
        bureauId: c.bureauId,
        stationId: c.stationOf(enterpriseId),
        urgent: a.urgency === "URGENT",
        expiresAt: a.expiresAt,
        readAt,
        acknowledgedAt: state === "acknowledged" ? readAt : null,
        acknowledgedById: state === "acknowledged" ? (c.liaisonOf.get(enterpriseId) ?? null) : null,
        createdAt: a.createdAt,
      };
    });
    const advisory = await tx.advisory.create({
      data: {
        bureauId: c.bureauId,
        senderId: a.senderId,
        title: a.title,
        body: a.body,
        urgency: a.urgency,
        expiresAt: a.expiresAt,
        targetKind: a.targetKind,
        targetValues: [],
        recipientCount: rows.length,
        createdAt: a.createdAt,
        recipients: { createMany: { data: rows } },
      },
    });
    const tallies = new Map<string, { recipients: number; read: number; acknowledged: number }>();
    for (const r of rows) {
      const t = tallies.get(r.stationId) ?? { recipients: 0, read: 0, acknowledged: 0 };
      t.recipients++;
      if (r.readAt) t.read++;
      if (r.acknowledgedAt) t.acknowledged++;
      tallies.set(r.stationId, t);
    }
    await tx.advisoryStationTally.createMany({
      data: [...tallies].map(([stationId, t]) => ({
        advisoryId: advisory.id,
        stationId,
        bureauId: c.bureauId,
        sentAt: a.createdAt,
        ...t,
      })),
    });
    // A liaison whose enterprise has read the advisory has seen its notification too.
    await tx.notification.createMany({
      data: rows.flatMap((r) => {
        const userId = c.liaisonOf.get(r.enterpriseId);
        if (!userId) return [];
        return [
          {
            userId,
            kind: a.urgency === "URGENT" ? "advisoryUrgent" : "advisoryNew",
            params: { title: a.title },
            link: `/advisories/${advisory.id}`,
            readAt: r.readAt,
            createdAt: a.createdAt,
          },
        ];
      }),
    });
  }
}

async function loadDisputes(
  tx: Tx,
  c: {
    bureauId: string;
    ago: Ctx["ago"];
    workTarget: (i: number) => { enterpriseId: string; officerId: string };
    stationOf: (eid: string) => string;
  },
) {
  const statuses = ["OPEN", "MEDIATING", "RESOLVED", "RESOLVED", "UNRESOLVED", "MEDIATING", "RESOLVED"] as const;
  for (const [i, d] of data.disputeTemplates.entries()) {
    const target = c.workTarget(i);
    const status = statuses[i % statuses.length]!;
    await tx.dispute.create({
      data: {
        bureauId: c.bureauId,
        stationId: c.stationOf(target.enterpriseId),
        enterpriseId: target.enterpriseId,
        kind: d.kind,
        parties: d.parties,
        description: d.description,
        escalationRisk: d.escalationRisk,
        status,
        outcome:
          status === "RESOLVED"
            ? "双方达成调解协议并当场履行。"
            : status === "UNRESOLVED"
              ? referralOutcome("COURT", "调解未成，已引导当事人向人民法院起诉。")
              : null,
        recordedById: target.officerId,
        closedAt: status === "RESOLVED" || status === "UNRESOLVED" ? c.ago(2) : null,
        createdAt: c.ago(10 + i * 3),
        sessions:
          status === "OPEN"
            ? undefined
            : { create: [{ mediatorId: target.officerId, heldAt: c.ago(5 + i), notes: d.mediationNotes }] },
      },
    });
  }
}

async function loadVisits(
  tx: Tx,
  c: { bureauId: string; ago: Ctx["ago"]; rnd: Ctx["rnd"]; covered: { enterpriseId: string; officerId: string }[] },
) {
  const kinds = ["ROUTINE", "SAFETY_INSPECTION", "LEGAL_PUBLICITY", "FORUM"] as const;
  const rows: Prisma.VisitCreateManyInput[] = [];
  for (const [i, a] of c.covered.entries()) {
    // Most enterprises were visited within the 30-day cadence; every fifth one is overdue.
    const lastVisit = i % 5 === 4 ? c.rnd.int(35, 60) : c.rnd.int(1, 25);
    for (const days of [lastVisit, lastVisit + c.rnd.int(25, 35)]) {
      const finding = c.rnd.pick(data.visitFindings);
      rows.push({
        bureauId: c.bureauId,
        enterpriseId: a.enterpriseId,
        officerId: a.officerId,
        visitedAt: c.ago(days, 14),
        kind: c.rnd.pick(kinds),
        participants: "企业安保负责人、联络员",
        findings: finding.text,
      });
    }
  }
  await tx.visit.createMany({ data: rows });
}

async function loadPatrols(
  tx: Tx,
  c: Ctx & { stationId: Map<string, string>; enterpriseId: Map<string, string>; userId: Map<string, string> },
) {
  for (const team of data.patrolTeams) {
    const members = team.enterpriseCodes.map((code) => c.enterpriseId.get(code)!);
    const leadOfficerId = c.userId.get(team.leaderUsername)!;
    const created = await tx.patrolTeam.create({
      data: {
        bureauId: c.bureauId,
        stationId: c.stationId.get(team.stationCode)!,
        name: team.name,
        leadOfficerId,
        guardsPerNight: team.enterprisesPerNight,
        routeName: team.route.name,
        checkpoints: team.route.checkpoints.map((p) => p.name),
        members: { create: members.map((enterpriseId) => ({ enterpriseId })) },
      },
    });
    // The last 14 nights were patrolled and logged; the next 7 are planned. Nights are China dates
    // (a @db.Date holds them as UTC midnight), and each month's nights belong to its published rota.
    const chinaToday = Math.floor((c.now.getTime() + 8 * HOUR) / DAY);
    const rotas = new Map<string, string>();
    for (let day = -14; day <= 7; day++) {
      const date = new Date((chinaToday + day) * DAY);
      const month = date.toISOString().slice(0, 7);
      if (!rotas.has(month)) {
        const rota = await tx.patrolRota.create({
          data: {
            teamId: created.id,
            month: new Date(`${month}-01T00:00:00.000Z`),
            status: "PUBLISHED",
            publishedAt: c.ago(30),
            version: 1,
          },
        });
        rotas.set(month, rota.id);
      }
      const onDuty = Array.from(
        { length: team.enterprisesPerNight },
        (_, k) => members[(Math.abs(day + 14) * team.enterprisesPerNight + k) % members.length]!,
      );
      const done = day < 0;
      const startedAt = new Date(date.getTime() + 13 * HOUR); // 21:00 China time
      const shift = await tx.patrolShift.create({
        data: {
          bureauId: c.bureauId,
          teamId: created.id,
          rotaId: rotas.get(month)!,
          date,
          leadOfficerId,
          status: done ? "DONE" : "PLANNED",
          enterprises: { create: [...new Set(onDuty)].map((enterpriseId) => ({ enterpriseId, guards: 2 })) },
          log: done
            ? {
                create: {
                  kind: day % 4 === 0 ? "VIDEO" : day % 2 === 0 ? "VEHICLE" : "FOOT",
                  startedAt,
                  endedAt: new Date(startedAt.getTime() + 3 * HOUR),
                  checkpointsPassed: team.route.checkpoints.map((p) => p.name),
                  personsChecked: c.rnd.int(0, 9),
                  vehiclesChecked: c.rnd.int(0, 7),
                  guardPersonTimes: onDuty.length * 2 + 1,
                  recordedById: leadOfficerId,
                },
              }
            : undefined,
        },
        include: { log: { select: { id: true } } },
      });
      // One night of each team found a hazard, so the patrol figures and the enterprise show one.
      if (day === -5 && shift.log) {
        await tx.hazard.create({
          data: {
            bureauId: c.bureauId,
            enterpriseId: onDuty[0]!,
            source: "PATROL",
            patrolLogId: shift.log.id,
            ...team.hazardFound,
            deadline: new Date(date.getTime() + 20 * DAY),
            listedById: leadOfficerId,
            createdAt: new Date(startedAt.getTime() + 2 * HOUR),
          },
        });
      }
    }
  }
}

const RESIDENCY_STATUSES: ResidencyStatus[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "NEEDS_MATERIALS",
  "APPROVED",
  "COMPLETED",
  "REJECTED",
  "DRAFT",
];

async function loadResidency(
  tx: Tx,
  c: Ctx & { enterpriseId: Map<string, string>; userId: Map<string, string>; stationId: Map<string, string> },
) {
  const requirements = new Map<string, { id: string; required: boolean; label: string }[]>();
  for (const [kind, items] of Object.entries(DEFAULT_CHECKLISTS)) {
    const rows = await tx.documentRequirement.createManyAndReturn({
      data: items.map((item, sortOrder) => ({
        ...item,
        kind: kind as keyof typeof DEFAULT_CHECKLISTS,
        sortOrder,
        bureauId: c.bureauId,
      })),
    });
    requirements.set(kind, rows);
  }
  /** The last required item of a kind's checklist: what a request waiting for materials lacks. */
  const asked = (kind: string) =>
    requirements
      .get(kind)!
      .filter((r) => r.required)
      .at(-1)!;
  const year = c.now.getUTCFullYear();
  const modes = ["WINDOW", "APPOINTMENT", "DOOR_TO_DOOR", "PROXY", "ONLINE"] as const;
  for (const [i, a] of data.residencyApplicants.entries()) {
    const status = RESIDENCY_STATUSES[i % RESIDENCY_STATUSES.length]!;
    const eid = c.enterpriseId.get(a.enterpriseCode)!;
    const liaison = data.users.find((u) => u.role === "LIAISON" && u.enterpriseCode === a.enterpriseCode);
    const officer = data.assignments.find((x) => x.enterpriseCode === a.enterpriseCode);
    const reviewed = !["DRAFT", "SUBMITTED"].includes(status);
    await tx.residencyRequest.create({
      data: {
        bureauId: c.bureauId,
        number: formatYearlyNumber("residency", year, i + 1),
        enterpriseId: eid,
        kind: a.kind,
        applicantName: a.name,
        applicantIdNumber: a.residentId,
        applicantPhone: a.mobile,
        education: a.education,
        serviceMode: modes[i % modes.length]!,
        greenChannel: i % 4 === 0,
        greenChannelReason: i % 4 === 0 ? "重点项目引进人才" : null,
        status,
        createdById: c.userId.get(liaison?.username ?? "admin")!,
        reviewerId: reviewed && officer ? c.userId.get(officer.officerUsername)! : null,
        materialsNote: status === "NEEDS_MATERIALS" ? `请补充${asked(a.kind).label}的清晰扫描件。` : null,
        rejectReason: status === "REJECTED" ? "申请人不符合人才落户学历条件。" : null,
        submittedAt: status === "DRAFT" ? null : c.ago(12 - i),
        completedAt: status === "COMPLETED" ? c.ago(1) : null,
        documents: {
          create: requirements.get(a.kind)!.map((r) => {
            // The item the police asked for is the one that keeps the request from being submitted again.
            if (status === "NEEDS_MATERIALS" && r.id === asked(a.kind).id)
              return { requirementId: r.id, status: "REJECTED" as const, rejectReason: "扫描件不清晰" };
            return { requirementId: r.id, status: status === "DRAFT" ? "MISSING" : reviewed ? "ACCEPTED" : "RECEIVED" };
          }),
        },
      },
    });
  }
  await tx.counter.create({
    data: { bureauId: c.bureauId, scope: "residency", year, value: data.residencyApplicants.length },
  });

  // Window appointment slots for the next ten days at every station: 9:00 and 14:30, four places each.
  const slots: Prisma.AppointmentSlotCreateManyInput[] = [];
  for (const stationId of c.stationId.values()) {
    for (let day = 1; day <= 10; day++) {
      const date = new Date(Date.UTC(c.now.getUTCFullYear(), c.now.getUTCMonth(), c.now.getUTCDate() + day));
      if ([0, 6].includes(new Date(date.getTime() + 8 * HOUR).getUTCDay())) continue;
      for (const startHourUtc of [1, 6.5]) {
        const startsAt = new Date(date.getTime() + startHourUtc * HOUR);
        slots.push({
          bureauId: c.bureauId,
          stationId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + HOUR),
          capacity: 4,
        });
      }
    }
  }
  await tx.appointmentSlot.createMany({ data: slots });
}
