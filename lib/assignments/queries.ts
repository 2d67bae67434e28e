import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { canAssign, canSeeAssignmentHistory, coverageShare, withPredecessors } from "./policy.ts";

const person = { select: { id: true, name: true, nameEn: true } } as const;
const HISTORY_LIMIT = 50;
const UNCOVERED_LIMIT = 100;

/** The enterprise's responsible-officer periods, newest first, each with the officer it replaced. Police only. */
export async function assignmentHistory(user: SessionUser, enterpriseId: string) {
  if (!canSeeAssignmentHistory(user)) return [];
  const rows = await getDb().assignment.findMany({
    where: { enterpriseId, enterprise: enterpriseScope(user) },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    // One more than shown, so that the oldest shown row still knows whom it replaced.
    take: HISTORY_LIMIT + 1,
    select: { id: true, reason: true, startedAt: true, endedAt: true, officer: person, assignedBy: person },
  });
  return withPredecessors(rows).slice(0, HISTORY_LIMIT);
}

/** Active officers of the user's bureau who can be given enterprises (for assigners' menus). */
export async function assignableOfficers(user: SessionUser) {
  if (!canAssign(user)) return [];
  return getDb().user.findMany({
    where: { bureauId: requireScopeId(user.bureauId, "bureau"), role: "OFFICER", active: true },
    select: { id: true, name: true, nameEn: true, station: { select: { name: true, nameEn: true } } },
    orderBy: [{ name: "asc" }],
  });
}

/** Officers, active or not, who currently answer for at least one enterprise, with how many. */
export async function officersWithEnterprises(user: SessionUser) {
  if (!canAssign(user)) return [];
  return getDb().user.findMany({
    where: { bureauId: requireScopeId(user.bureauId, "bureau"), role: "OFFICER", responsibleFor: { some: {} } },
    select: { id: true, name: true, nameEn: true, active: true, _count: { select: { responsibleFor: true } } },
    orderBy: [{ name: "asc" }],
  });
}

/** The bureau's departments and which of them support the enterprise (1+N), for the assigners' form. */
export async function supportOptions(user: SessionUser, enterpriseId: string) {
  if (!canAssign(user)) return { departments: [], selected: [] };
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const [departments, selected] = await Promise.all([
    getDb().department.findMany({
      // Active departments, and deactivated ones that already support the enterprise (shown, so not dropped unseen).
      where: { bureauId, OR: [{ active: true }, { supports: { some: { enterpriseId } } }] },
      select: { id: true, name: true, nameEn: true },
      orderBy: { code: "asc" },
    }),
    getDb().enterpriseSupport.findMany({
      where: { enterpriseId, enterprise: { bureauId } },
      select: { departmentId: true },
    }),
  ]);
  return { departments, selected: selected.map((s) => s.departmentId) };
}

/** 一企一警 coverage of the active enterprises, by counts, and the first uncovered ones by name. */
export async function assignmentCoverage(user: SessionUser) {
  if (!canAssign(user)) return null;
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = getDb();
  const uncoveredWhere = { bureauId, active: true, responsibleOfficerId: null };
  const [total, covered, uncovered] = await Promise.all([
    db.enterprise.count({ where: { bureauId, active: true } }),
    db.enterprise.count({ where: { bureauId, active: true, responsibleOfficerId: { not: null } } }),
    db.enterprise.findMany({
      where: uncoveredWhere,
      orderBy: { name: "asc" },
      take: UNCOVERED_LIMIT,
      select: { id: true, name: true, nameEn: true, workstation: { select: { name: true, nameEn: true } } },
    }),
  ]);
  return { total, covered, uncoveredCount: total - covered, share: coverageShare(covered, total), uncovered };
}
