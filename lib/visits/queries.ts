import "server-only";
import { cache } from "react";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { cadenceDaysFrom, cadenceOf, compareCadence, overdueCutoff, type Cadence } from "./cadence.ts";
import { canSeeCountyCadence, visitScope } from "./policy.ts";
import { clock } from "../time/clock.ts";

const CADENCE_KEY = "visit.cadenceDays";
const nameFields = { id: true, name: true, nameEn: true } as const;

export type CadenceRow = { id: string; name: string; nameEn: string; lastVisitAt: Date | null } & Cadence;

/**
 * The bureau's visit interval in days (setting "visit.cadenceDays", 30 when unset). Read once per
 * request: a page's lists and figures each need it, and nothing in the portal changes it.
 */
export const cadenceDaysFor = cache(async (bureauId: string): Promise<number> => {
  const setting = await getDb().setting.findUnique({
    where: { bureauId_key: { bureauId, key: CADENCE_KEY } },
    select: { value: true },
  });
  return cadenceDaysFrom(setting?.value);
});

/** The fields a cadence row is made of: the enterprise's latest visit is kept on its row (a trigger on Visit). */
const cadenceFields = { ...nameFields, lastVisitedAt: true } as const;
type CadenceFields = { id: string; name: string; nameEn: string; lastVisitedAt: Date | null };

async function withCadence(bureauId: string, enterprises: CadenceFields[], now: Date): Promise<CadenceRow[]> {
  const days = await cadenceDaysFor(bureauId);
  return enterprises
    .map(({ lastVisitedAt, ...e }) => ({ ...e, lastVisitAt: lastVisitedAt, ...cadenceOf(lastVisitedAt, days, now) }))
    .sort(compareCadence);
}

/** An officer's own enterprises (一企一警) with their last visit and due status, overdue and never-visited first. */
export async function cadenceListForOfficer(user: SessionUser, now: Date = clock.now()): Promise<CadenceRow[]> {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const enterprises = await getDb().enterprise.findMany({
    where: { bureauId, active: true, responsibleOfficerId: user.id },
    select: cadenceFields,
  });
  return withCadence(bureauId, enterprises, now);
}

/** Rows per page of the visit lists: an officer may answer for a few hundred enterprises, a county for thousands. */
export const VISIT_PAGE_SIZE = 20;

/** One page of the officer's cadence list (overdue first) and how many rows there are in all. */
export async function cadencePageForOfficer(
  user: SessionUser,
  page: number,
  now: Date = clock.now(),
): Promise<{ rows: CadenceRow[]; total: number }> {
  // The order depends on each enterprise's last visit, so the officer's few hundred are ranked whole
  // (one grouped query) and only the page is rendered.
  const all = await cadenceListForOfficer(user, now);
  return { rows: all.slice((page - 1) * VISIT_PAGE_SIZE, page * VISIT_PAGE_SIZE), total: all.length };
}

/** Covered enterprises of the bureau without a visit since the cutoff: overdue or never visited. */
function overdueWhere(bureauId: string, cutoff: Date): Prisma.EnterpriseWhereInput {
  return {
    bureauId,
    active: true,
    responsibleOfficerId: { not: null },
    // No visit since the cutoff: the latest visit is older, or there is none.
    OR: [{ lastVisitedAt: null }, { lastVisitedAt: { lt: cutoff } }],
  };
}

export type OfficerOverdue = { id: string; name: string; nameEn: string; assigned: number; overdue: number };

/**
 * For chiefs: every active officer of the bureau with how many enterprises they are responsible for
 * and how many of those are overdue (never-visited included). Counted by the database, grouped by officer.
 */
export async function overdueByOfficer(user: SessionUser, now: Date = clock.now()): Promise<OfficerOverdue[]> {
  if (!canSeeCountyCadence(user)) return [];
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = getDb();
  const cutoff = overdueCutoff(await cadenceDaysFor(bureauId), now);
  const [officers, assigned, overdue] = await Promise.all([
    db.user.findMany({
      where: { bureauId, role: "OFFICER", active: true },
      select: nameFields,
      orderBy: { name: "asc" },
    }),
    db.enterprise.groupBy({
      by: ["responsibleOfficerId"],
      where: { bureauId, active: true, responsibleOfficerId: { not: null } },
      _count: { _all: true },
    }),
    db.enterprise.groupBy({
      by: ["responsibleOfficerId"],
      where: overdueWhere(bureauId, cutoff),
      _count: { _all: true },
    }),
  ]);
  const count = (groups: typeof assigned) => new Map(groups.map((g) => [g.responsibleOfficerId, g._count._all]));
  const [assignedOf, overdueOf] = [count(assigned), count(overdue)];
  return officers
    .map((o) => ({ ...o, assigned: assignedOf.get(o.id) ?? 0, overdue: overdueOf.get(o.id) ?? 0 }))
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, "zh-CN"));
}

export type OverdueRow = CadenceRow & { officer: { name: string; nameEn: string } | null };

/** For chiefs: the county's overdue and never-visited enterprises, most overdue first (at most `take`). */
export async function countyOverdueList(
  user: SessionUser,
  { now = clock.now(), take = 200, skip = 0 } = {},
): Promise<OverdueRow[]> {
  if (!canSeeCountyCadence(user)) return [];
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const cutoff = overdueCutoff(await cadenceDaysFor(bureauId), now);
  const enterprises = await getDb().enterprise.findMany({
    where: overdueWhere(bureauId, cutoff),
    select: { ...cadenceFields, responsibleOfficer: { select: { name: true, nameEn: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take,
  });
  const officerOf = new Map(enterprises.map((e) => [e.id, e.responsibleOfficer]));
  const rows = await withCadence(
    bureauId,
    enterprises.map(({ id, name, nameEn, lastVisitedAt }) => ({ id, name, nameEn, lastVisitedAt })),
    now,
  );
  // By name, as the pages were cut: every row here is overdue, and a page must follow the one before.
  const position = new Map(enterprises.map((e, i) => [e.id, i]));
  return rows
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!)
    .map((r) => ({ ...r, officer: officerOf.get(r.id) ?? null }));
}

/** One page of the county's overdue list (by name) and how many enterprises are overdue in all. */
export async function countyOverduePage(
  user: SessionUser,
  page: number,
  now: Date = clock.now(),
): Promise<{ rows: OverdueRow[]; total: number }> {
  if (!canSeeCountyCadence(user)) return { rows: [], total: 0 };
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const cutoff = overdueCutoff(await cadenceDaysFor(bureauId), now);
  const [rows, total] = await Promise.all([
    countyOverdueList(user, { now, skip: (page - 1) * VISIT_PAGE_SIZE, take: VISIT_PAGE_SIZE }),
    getDb().enterprise.count({ where: overdueWhere(bureauId, cutoff) }),
  ]);
  return { rows, total };
}

/** An enterprise's latest visits, for police roles and only within their scope; empty for anyone else. */
export async function recentVisitsOf(user: SessionUser, enterpriseId: string, take = 10) {
  return getDb().visit.findMany({
    where: { AND: [{ enterpriseId }, visitScope(user)] },
    orderBy: { visitedAt: "desc" },
    take,
    select: {
      id: true,
      visitedAt: true,
      kind: true,
      participants: true,
      findings: true,
      officer: { select: { name: true, nameEn: true } },
    },
  });
}

/** Enterprises the user may log a visit for: those in their scope (a county at most), by name. */
export async function visitableEnterprises(user: SessionUser) {
  return getDb().enterprise.findMany({
    where: { AND: [{ active: true }, enterpriseScope(user)] },
    select: nameFields,
    orderBy: { name: "asc" },
  });
}
