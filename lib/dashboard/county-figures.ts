import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { startOfChinaMonth } from "../time/china.ts";

/** Headline counts for the chief's county overview; each one an indexed COUNT, never a row load. */
export async function countyFigures(user: SessionUser, now: Date = new Date()) {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = getDb();
  const open = { in: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED"] as ("SUBMITTED" | "ACCEPTED" | "IN_PROGRESS" | "REOPENED")[] };
  const monthStart = startOfChinaMonth(now);
  const [enterprises, covered, openTickets, overdueTickets, closedThisMonth, openHazards, openDisputes] = await Promise.all([
    db.enterprise.count({ where: { bureauId, active: true } }),
    db.enterprise.count({ where: { bureauId, active: true, responsibleOfficerId: { not: null } } }),
    db.ticket.count({ where: { bureauId, status: open } }),
    db.ticket.count({ where: { bureauId, dueAt: { lt: now } } }),
    db.ticket.count({ where: { bureauId, status: "CLOSED", closedAt: { gte: monthStart } } }),
    db.hazard.count({ where: { bureauId, status: { in: ["LISTED", "RECTIFYING", "PENDING_VERIFICATION"] } } }),
    db.dispute.count({ where: { bureauId, status: { in: ["OPEN", "MEDIATING"] } } }),
  ]);
  return { enterprises, covered, openTickets, overdueTickets, closedThisMonth, openHazards, openDisputes };
}

/** Counts for the administrator's overview. */
export async function adminFigures(user: SessionUser) {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = getDb();
  const [users, stations, workstations, enterprises] = await Promise.all([
    db.user.groupBy({ by: ["role"], where: { bureauId }, _count: { _all: true } }),
    db.station.count({ where: { bureauId } }),
    db.workstation.count({ where: { bureauId } }),
    db.enterprise.count({ where: { bureauId } }),
  ]);
  return {
    usersByRole: Object.fromEntries(users.map((u) => [u.role, u._count._all])) as Partial<Record<string, number>>,
    stations,
    workstations,
    enterprises,
  };
}
