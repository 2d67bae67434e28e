import "server-only";
import { cache } from "react";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { HazardStatus, VisitKind } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { ticketScope } from "../tickets/policy.ts";
import { visitScope } from "../visits/policy.ts";
import { canListHazards, hazardScope } from "./policy.ts";
import { dayRange, filedPlaceWhere, type DrillDown } from "../dashboard/drill-down.ts";
import type { HAZARD_DATED } from "./filters.ts";
import { clock } from "../time/clock.ts";

export const HAZARD_PAGE_SIZE = 20;

const listSelect = {
  id: true,
  description: true,
  location: true,
  severity: true,
  status: true,
  deadline: true,
  version: true,
  repeatOfId: true,
  enterprise: { select: { id: true, name: true, nameEn: true } },
} satisfies Prisma.HazardSelect;

export type HazardListRow = Prisma.HazardGetPayload<{ select: typeof listSelect }>;

/**
 * Hazards in the user's scope, overdue first (oldest deadline first), then the rest by deadline.
 * The two groups are read as two ordered queries and paged across, so the database does the sorting.
 */
export async function listHazards(
  user: SessionUser,
  {
    status,
    open = false,
    enterpriseId,
    overdueOnly = false,
    drill = {},
    page = 1,
    pageSize = HAZARD_PAGE_SIZE,
    now = clock.now(),
  }: {
    status?: HazardStatus;
    open?: boolean;
    enterpriseId?: string;
    /** Only those past their deadline and not closed out. */
    overdueOnly?: boolean;
    /** A dashboard figure's place and period; `on` names the date the period applies to (listed by default). */
    drill?: DrillDown & { on?: (typeof HAZARD_DATED)[number] };
    page?: number;
    pageSize?: number;
    now?: Date;
  } = {},
): Promise<{ rows: HazardListRow[]; total: number }> {
  const db = getDb();
  // Each date has its bureau index ([bureauId, createdAt], [bureauId, closedAt]) beside the scope's bureau.
  const range = dayRange(drill.from, drill.to);
  const dated: Prisma.HazardWhereInput = !range
    ? {}
    : drill.on === "closed"
      ? { closedAt: range }
      : { createdAt: range };
  const base: Prisma.HazardWhereInput = {
    AND: [
      hazardScope(user),
      status ? { status } : {},
      open ? { status: { not: "CLOSED" } } : {},
      enterpriseId ? { enterpriseId } : {},
      filedPlaceWhere(drill),
      dated,
    ],
  };
  const overdue: Prisma.HazardWhereInput = { AND: [base, { status: { not: "CLOSED" }, deadline: { lt: now } }] };
  const rest: Prisma.HazardWhereInput = { AND: [base, { NOT: { status: { not: "CLOSED" }, deadline: { lt: now } } }] };
  const order: Prisma.HazardOrderByWithRelationInput[] = [{ deadline: "asc" }, { id: "asc" }];
  const [overdueCount, restCount] = await Promise.all([
    db.hazard.count({ where: overdue }),
    overdueOnly ? 0 : db.hazard.count({ where: rest }),
  ]);
  const skip = (page - 1) * pageSize;
  const fromOverdue =
    skip < overdueCount
      ? await db.hazard.findMany({ where: overdue, orderBy: order, skip, take: pageSize, select: listSelect })
      : [];
  const left = pageSize - fromOverdue.length;
  const fromRest =
    left > 0 && !overdueOnly
      ? await db.hazard.findMany({
          where: rest,
          orderBy: order,
          skip: Math.max(0, skip - overdueCount),
          take: left,
          select: listSelect,
        })
      : [];
  return { rows: [...fromOverdue, ...fromRest], total: overdueCount + restCount };
}

/** A hazard for its page, or null when it does not exist or is outside the user's scope. */
export const getHazardForUser = cache(async (user: SessionUser, id: string) =>
  getDb().hazard.findFirst({
    where: { AND: [{ id }, hazardScope(user)] },
    include: {
      enterprise: { select: { id: true, name: true, nameEn: true } },
      listedBy: { select: { name: true, nameEn: true } },
      verifiedBy: { select: { name: true, nameEn: true } },
      repeatOf: { select: { id: true, description: true, createdAt: true } },
      attachments: {
        select: { id: true, fileName: true, mimeType: true, size: true, uploadedById: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      // The source records are the user's to open only through their own scopes; the page names them.
      ticket: { select: { id: true, number: true } },
      visit: { select: { visitedAt: true, kind: true } },
    },
  }),
);

/** Enterprises the user may list a hazard at: those in their scope, for those who may list hazards only. */
export async function listableEnterprises(user: SessionUser) {
  if (!canListHazards(user)) return [];
  return getDb().enterprise.findMany({
    where: { AND: [{ active: true }, enterpriseScope(user)] },
    select: { id: true, name: true, nameEn: true },
    orderBy: { name: "asc" },
  });
}

export type HazardSource =
  | { field: "ticketId"; id: string; enterpriseId: string; number: string; title: string }
  | { field: "visitId"; id: string; enterpriseId: string; visitedAt: Date; kind: VisitKind };

/**
 * The ticket or visit a new hazard is listed from (named in the link that opened the form), when the
 * user may list hazards and see that record; anything else is ignored rather than revealed.
 */
export async function hazardSourceFor(
  user: SessionUser,
  { ticket, visit }: { ticket?: string; visit?: string },
): Promise<HazardSource | null> {
  if (!canListHazards(user)) return null;
  if (ticket) {
    const found = await getDb().ticket.findFirst({
      where: { AND: [{ id: ticket }, ticketScope(user)] },
      select: { id: true, enterpriseId: true, number: true, title: true },
    });
    return found ? { field: "ticketId", ...found } : null;
  }
  if (visit) {
    const found = await getDb().visit.findFirst({
      where: { AND: [{ id: visit }, visitScope(user)] },
      select: { id: true, enterpriseId: true, visitedAt: true, kind: true },
    });
    return found ? { field: "visitId", ...found } : null;
  }
  return null;
}
