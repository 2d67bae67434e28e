import "server-only";
import { cache } from "react";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";
import type { UnitFilters } from "./filters.ts";
import { canManageOrganisation, canMoveEnterprise, canSeeOrganisation } from "./policy.ts";
import { containsText } from "../forms/text-search.ts";

export const UNIT_PAGE_SIZE = 20;

function statusWhere(filters: UnitFilters) {
  return filters.status === "all" ? {} : { active: filters.status === "active" };
}

/** The bureau the user reads the organisation of, or null when they may not (the page then answers 404). */
function bureauOf(user: SessionUser): string | null {
  return canSeeOrganisation(user) ? requireScopeId(user.bureauId, "bureau") : null;
}

const paging = (page: number) => ({ skip: (page - 1) * UNIT_PAGE_SIZE, take: UNIT_PAGE_SIZE });

/** The bureau's stations with what hangs off them, by code, a page at a time. */
export async function listStations(user: SessionUser, filters: UnitFilters) {
  const bureauId = bureauOf(user);
  if (!bureauId) return { total: 0, rows: [], page: 1, pageSize: UNIT_PAGE_SIZE };
  const where: Prisma.StationWhereInput = {
    bureauId,
    ...statusWhere(filters),
    ...(filters.q
      ? {
          OR: [
            { code: containsText(filters.q) },
            { name: containsText(filters.q) },
            { nameEn: containsText(filters.q) },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    getDb().station.count({ where }),
    getDb().station.findMany({
      where,
      orderBy: [{ code: "asc" }, { id: "asc" }],
      ...paging(filters.page),
      select: {
        id: true,
        code: true,
        name: true,
        nameEn: true,
        phone: true,
        active: true,
        _count: { select: { workstations: { where: { active: true } }, users: { where: { active: true } } } },
      },
    }),
  ]);
  return { total, rows, page: filters.page, pageSize: UNIT_PAGE_SIZE };
}

/** The bureau's workstations with their station and active enterprises, by code, a page at a time. */
export async function listWorkstations(user: SessionUser, filters: UnitFilters) {
  const bureauId = bureauOf(user);
  if (!bureauId) return { total: 0, rows: [], page: 1, pageSize: UNIT_PAGE_SIZE };
  const q = filters.q;
  const where: Prisma.WorkstationWhereInput = {
    bureauId,
    ...statusWhere(filters),
    ...(filters.station ? { stationId: filters.station } : {}),
    ...(q
      ? {
          OR: [
            { code: containsText(q) },
            { name: containsText(q) },
            { nameEn: containsText(q) },
            { park: containsText(q) },
            { parkEn: containsText(q) },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    getDb().workstation.count({ where }),
    getDb().workstation.findMany({
      where,
      orderBy: [{ code: "asc" }, { id: "asc" }],
      ...paging(filters.page),
      select: {
        id: true,
        code: true,
        name: true,
        nameEn: true,
        park: true,
        parkEn: true,
        cluster: true,
        active: true,
        station: { select: { name: true, nameEn: true, active: true } },
        _count: { select: { enterprises: { where: { active: true } } } },
      },
    }),
  ]);
  return { total, rows, page: filters.page, pageSize: UNIT_PAGE_SIZE };
}

/** The bureau's departments with their active officers, by code, a page at a time. */
export async function listDepartments(user: SessionUser, filters: UnitFilters) {
  const bureauId = bureauOf(user);
  if (!bureauId) return { total: 0, rows: [], page: 1, pageSize: UNIT_PAGE_SIZE };
  const where: Prisma.DepartmentWhereInput = {
    bureauId,
    ...statusWhere(filters),
    ...(filters.q
      ? {
          OR: [
            { code: containsText(filters.q) },
            { name: containsText(filters.q) },
            { nameEn: containsText(filters.q) },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    getDb().department.count({ where }),
    getDb().department.findMany({
      where,
      orderBy: [{ code: "asc" }, { id: "asc" }],
      ...paging(filters.page),
      select: {
        id: true,
        code: true,
        name: true,
        nameEn: true,
        active: true,
        _count: { select: { officers: { where: { active: true } } } },
      },
    }),
  ]);
  return { total, rows, page: filters.page, pageSize: UNIT_PAGE_SIZE };
}

/*
 * One unit for its edit page: null when absent, of another bureau, or when the user may not change
 * the organisation (the page then answers 404 rather than showing a form that would be refused).
 */
function managedBureau(user: SessionUser): string | null {
  return canManageOrganisation(user) ? requireScopeId(user.bureauId, "bureau") : null;
}

export const getStationForEdit = cache(async (user: SessionUser, id: string) => {
  const bureauId = managedBureau(user);
  return bureauId ? getDb().station.findFirst({ where: { id, bureauId } }) : null;
});

export const getWorkstationForEdit = cache(async (user: SessionUser, id: string) => {
  const bureauId = managedBureau(user);
  return bureauId
    ? getDb().workstation.findFirst({
        where: { id, bureauId },
        include: { station: { select: { name: true, nameEn: true, active: true } } },
      })
    : null;
});

export const getDepartmentForEdit = cache(async (user: SessionUser, id: string) => {
  const bureauId = managedBureau(user);
  return bureauId ? getDb().department.findFirst({ where: { id, bureauId } }) : null;
});

/**
 * The bureau's stations for a select. Forms that create records offer the active ones only
 * (`activeOnly`); filters of lists offer all, since deactivated stations still have records on file.
 */
export async function stationOptions(user: SessionUser, { activeOnly = false } = {}) {
  return getDb().station.findMany({
    where: { bureauId: requireScopeId(user.bureauId, "bureau"), ...(activeOnly ? { active: true } : {}) },
    select: { id: true, name: true, nameEn: true, active: true },
    orderBy: { code: "asc" },
  });
}

/** The bureau's departments for a select; see stationOptions for `activeOnly`. */
export async function departmentOptions(user: SessionUser, { activeOnly = false } = {}) {
  return getDb().department.findMany({
    where: { bureauId: requireScopeId(user.bureauId, "bureau"), ...(activeOnly ? { active: true } : {}) },
    select: { id: true, name: true, nameEn: true, active: true },
    orderBy: { code: "asc" },
  });
}

/**
 * What the move form on an enterprise page needs: the active workstations it may move to (not its
 * current one) with their station, and its earlier moves. Null when the user may not move it.
 */
export async function moveOptions(user: SessionUser, enterpriseId: string) {
  if (!canMoveEnterprise(user)) return null;
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const enterprise = await getDb().enterprise.findFirst({
    where: { AND: [{ id: enterpriseId, bureauId }, enterpriseScope(user)] },
    select: { id: true, version: true, workstationId: true, active: true },
  });
  if (!enterprise) return null;
  const [workstations, moves] = await Promise.all([
    getDb().workstation.findMany({
      where: { bureauId, active: true, id: { not: enterprise.workstationId } },
      select: { id: true, name: true, nameEn: true, station: { select: { name: true, nameEn: true } } },
      orderBy: { code: "asc" },
    }),
    enterpriseMoves(user, enterprise.id),
  ]);
  return { enterprise, workstations, moves };
}

/** An enterprise's moves between workstations, latest first, for the users who may see the organisation. */
export async function enterpriseMoves(user: SessionUser, enterpriseId: string) {
  const bureauId = bureauOf(user);
  if (!bureauId) return [];
  const unit = { select: { name: true, nameEn: true, station: { select: { name: true, nameEn: true } } } } as const;
  return getDb().enterpriseMove.findMany({
    where: { enterpriseId, bureauId },
    orderBy: { movedAt: "desc" },
    take: 20,
    select: { id: true, movedAt: true, reason: true, fromWorkstation: unit, toWorkstation: unit },
  });
}
