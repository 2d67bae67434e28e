import "server-only";
import { cache } from "react";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Prisma } from "../db/generated/client.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { DEFAULT_ENTERPRISE_FILTERS, enterpriseFilterWhere, type EnterpriseFilters } from "./filters.ts";
import { canKeepRegistry, enterpriseScope } from "./policy.ts";

const OPEN_TICKET = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED", "RESOLVED"] as const;
const OPEN_HAZARD = ["LISTED", "RECTIFYING", "PENDING_VERIFICATION"] as const;

const officerCard = { select: { id: true, name: true, nameEn: true, phone: true, badgeNo: true, kind: true } } as const;

/** One enterprise as the user may see it, or null when it does not exist or is out of scope. */
export async function findEnterpriseForUser(user: SessionUser, id: string) {
  return getDb().enterprise.findFirst({
    where: { AND: [{ id }, enterpriseScope(user)] },
    include: {
      workstation: {
        select: {
          name: true,
          nameEn: true,
          park: true,
          parkEn: true,
          station: { select: { name: true, nameEn: true, phone: true } },
        },
      },
      responsibleOfficer: officerCard,
      supports: { select: { department: { select: { name: true, nameEn: true } } } },
      _count: {
        select: {
          tickets: { where: { status: { in: [...OPEN_TICKET] } } },
          hazards: { where: { status: { in: [...OPEN_HAZARD] } } },
        },
      },
    },
  });
}

/** The same, read once per request: the page and its metadata share it. */
export const getEnterpriseForUser = cache(findEnterpriseForUser);

export const ENTERPRISE_PAGE_SIZE = 20;

type ListOptions = { page?: number; pageSize?: number; filters?: Omit<EnterpriseFilters, "page"> };

/** The enterprises in the user's scope matching the filters (active ones unless asked), by name, a page at a time. */
export async function listEnterprisesForUser(
  user: SessionUser,
  { page = 1, pageSize = ENTERPRISE_PAGE_SIZE, filters = DEFAULT_ENTERPRISE_FILTERS }: ListOptions = {},
) {
  const where: Prisma.EnterpriseWhereInput = { AND: [enterpriseScope(user), ...enterpriseFilterWhere(filters)] };
  const db = getDb();
  const [total, page_] = await Promise.all([
    db.enterprise.count({ where }),
    db.enterprise.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        nameEn: true,
        creditCode: true,
        industry: true,
        industryEn: true,
        employees: true,
        keyProject: true,
        active: true,
        workstation: { select: { name: true, nameEn: true, park: true, parkEn: true } },
        responsibleOfficer: { select: { name: true, nameEn: true } },
      },
    }),
  ]);
  // Open tickets are counted for the page's enterprises only, from the (enterprise, status) index,
  // rather than for every enterprise in scope before the page is cut.
  const open = page_.length
    ? await db.ticket.groupBy({
        by: ["enterpriseId"],
        where: { enterpriseId: { in: page_.map((e) => e.id) }, status: { in: [...OPEN_TICKET] } },
        _count: { _all: true },
      })
    : [];
  const openOf = new Map(open.map((o) => [o.enterpriseId, o._count._all]));
  const rows = page_.map((e) => ({ ...e, openTickets: openOf.get(e.id) ?? 0 }));
  return { total, rows, page, pageSize };
}

/**
 * The workstations of the user's county with their park, for the register form (active ones) and the
 * list filters (all, since closed ones still have enterprises on record).
 */
export async function workstationOptions(user: SessionUser, { activeOnly = false } = {}) {
  return getDb().workstation.findMany({
    where: { bureauId: requireScopeId(user.bureauId, "bureau"), ...(activeOnly ? { active: true } : {}) },
    select: { id: true, name: true, nameEn: true, park: true, parkEn: true, active: true },
    orderBy: [{ park: "asc" }, { name: "asc" }],
  });
}

/** One enterprise's registry fields for the edit form; null unless it is in scope and the user keeps the register. */
export const getEnterpriseForEdit = cache(async (user: SessionUser, id: string) => {
  if (!canKeepRegistry(user)) return null;
  return getDb().enterprise.findFirst({ where: { AND: [{ id }, enterpriseScope(user)] } });
});

/**
 * More enterprises than a filter's select lists: beyond this many (an officer responsible for hundreds,
 * a county's thousands) the filter is a search picker instead, and the page carries no list at all.
 */
export const ENTERPRISE_SELECT_MAX = 30;

/**
 * The enterprises a list's filter offers: `complete` with all of the user's when they are few (a
 * liaison's, a small beat's); else only the one already chosen, if any, for the search picker to show.
 */
export async function enterpriseFilterOptions(user: SessionUser, selected?: string, max = ENTERPRISE_SELECT_MAX) {
  const select = { id: true, name: true, nameEn: true } as const;
  const db = getDb();
  const rows = await db.enterprise.findMany({
    where: enterpriseScope(user),
    select,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: max + 1,
  });
  if (rows.length <= max) return { complete: true, options: rows };
  const chosen = selected
    ? await db.enterprise.findMany({ where: { AND: [{ id: selected }, enterpriseScope(user)] }, select })
    : [];
  return { complete: false, options: chosen };
}

/** Id and name of every enterprise in the user's scope, for filter menus (police see at most a county). */
export async function enterpriseOptionsForUser(user: SessionUser) {
  return getDb().enterprise.findMany({
    where: enterpriseScope(user),
    select: { id: true, name: true, nameEn: true },
    orderBy: { name: "asc" },
  });
}
