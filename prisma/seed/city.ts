// The city above the demo county and a small second county beside it (see ./data/city.ts), loaded
// in the same transaction as the demo county.
import type { Prisma, TicketStatus } from "../../lib/db/generated/client.ts";
import { formatYearlyNumber } from "../../lib/counters/yearly-number.ts";
import { defaultSlaRules } from "../../lib/sla/defaults.ts";
import { currentDueAt } from "../../lib/sla/deadlines.ts";
import { city, cityUsers, secondCounty } from "./data/city.ts";
import type { SeedUser } from "./data/types.ts";
import { enterpriseRow } from "./rows.ts";

type Tx = Prisma.TransactionClient;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function userRow(u: SeedUser, bureauId: string, passwordHash: string) {
  return {
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
  };
}

export async function loadCity(tx: Tx, firstCountyId: string, now: Date, passwordHash: string): Promise<void> {
  const cityBureau = await tx.bureau.create({ data: city });
  await tx.bureau.update({ where: { id: firstCountyId }, data: { parentId: cityBureau.id } });
  await tx.user.createMany({ data: cityUsers.map((u) => userRow(u, cityBureau.id, passwordHash)) });
  await loadSecondCounty(tx, cityBureau.id, now, passwordHash);
}

async function loadSecondCounty(tx: Tx, cityId: string, now: Date, passwordHash: string): Promise<void> {
  const d = secondCounty;
  const { id: bureauId } = await tx.bureau.create({ data: { ...d.bureau, parentId: cityId } });
  await tx.department.createMany({ data: d.departments.map((x) => ({ ...x, bureauId })) });
  const stations = await tx.station.createManyAndReturn({ data: d.stations.map((s) => ({ ...s, bureauId })) });
  const stationId = new Map(stations.map((s) => [s.code, s.id]));
  const workstations = await tx.workstation.createManyAndReturn({
    data: d.workstations.map(({ stationCode, ...w }) => ({ ...w, bureauId, stationId: stationId.get(stationCode)! })),
  });
  const workstationId = new Map(workstations.map((w) => [w.code, w.id]));
  const enterprises = await tx.enterprise.createManyAndReturn({
    data: d.enterprises.map((e) => enterpriseRow(e, bureauId, workstationId.get(e.workstationCode)!)),
  });
  const enterpriseId = new Map(d.enterprises.map((e, i) => [e.code, enterprises[i]!.id]));
  const users = await tx.user.createManyAndReturn({
    data: d.users.map((u) => ({
      ...userRow(u, bureauId, passwordHash),
      stationId: u.stationCode ? stationId.get(u.stationCode)! : null,
      enterpriseId: u.enterpriseCode ? enterpriseId.get(u.enterpriseCode)! : null,
    })),
  });
  const userId = new Map(d.users.map((u, i) => [u.username, users[i]!.id]));
  const chiefId = userId.get("pd-chief")!;
  const officerId = userId.get("pd-officer")!;
  const liaisonId = userId.get("pd-liaison")!;

  const since = new Date(now.getTime() - 200 * DAY);
  for (const eid of enterpriseId.values()) {
    await tx.assignment.create({
      data: { enterpriseId: eid, officerId, assignedById: chiefId, reason: "一企一警责任落实", startedAt: since },
    });
    await tx.enterprise.update({ where: { id: eid }, data: { responsibleOfficerId: officerId } });
  }
  await tx.slaRule.createMany({ data: defaultSlaRules().map((r) => ({ ...r, bureauId })) });
  await tx.setting.create({ data: { bureauId, key: "visit.cadenceDays", value: 30 } });

  const rules = new Map(defaultSlaRules().map((r) => [`${r.category}:${r.priority}`, r]));
  const year = now.getUTCFullYear();
  for (const [i, t] of d.tickets.entries()) {
    const createdAt = new Date(now.getTime() - t.daysAgo * DAY);
    const at = (hours: number) => new Date(createdAt.getTime() + hours * HOUR);
    const rule = rules.get(`${t.category}:${t.priority}`)!;
    const acceptDueAt = at(rule.acceptHours);
    const resolveDueAt = at(rule.resolveHours);
    const accepted = t.status !== "SUBMITTED";
    const closed = t.status === "CLOSED";
    const events: Prisma.TicketEventCreateWithoutTicketInput[] = [
      { actor: { connect: { id: liaisonId } }, kind: "CREATED", toStatus: "SUBMITTED", createdAt },
    ];
    const change = (fromStatus: TicketStatus, toStatus: TicketStatus, hours: number, actor: string) =>
      events.push({
        actor: { connect: { id: actor } },
        kind: "STATUS_CHANGED",
        fromStatus,
        toStatus,
        createdAt: at(hours),
      });
    if (accepted) {
      change("SUBMITTED", "ACCEPTED", rule.acceptHours / 2, officerId);
      change("ACCEPTED", "IN_PROGRESS", rule.acceptHours, officerId);
    }
    if (closed) {
      change("IN_PROGRESS", "RESOLVED", rule.resolveHours / 2, officerId);
      change("RESOLVED", "CLOSED", rule.resolveHours / 2 + 6, liaisonId);
    }
    await tx.ticket.create({
      data: {
        bureauId,
        number: formatYearlyNumber("ticket", year, i + 1),
        enterpriseId: enterpriseId.get("pd-tire")!,
        category: t.category,
        priority: t.priority,
        title: t.title,
        description: t.description,
        status: t.status,
        assigneeId: officerId,
        createdById: liaisonId,
        acceptDueAt,
        resolveDueAt,
        dueAt: currentDueAt(t.status, { acceptDueAt, resolveDueAt }),
        acceptedAt: accepted ? at(rule.acceptHours / 2) : null,
        resolvedAt: closed ? at(rule.resolveHours / 2) : null,
        closedAt: closed ? at(rule.resolveHours / 2 + 6) : null,
        resolutionText: closed ? "已协助企业预约集中办理，材料清单已发企业。" : null,
        rating: closed ? 5 : null,
        createdAt,
        events: { create: events },
      },
    });
  }
  await tx.counter.create({ data: { bureauId, scope: "ticket", year, value: d.tickets.length } });
}
