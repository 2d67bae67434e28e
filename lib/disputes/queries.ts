import "server-only";
import { cache } from "react";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { DisputeKind, DisputeStatus } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { resolutionRate } from "./figures.ts";
import { startOfChinaYear } from "../time/china.ts";
import { CLOSED_DISPUTE_STATUSES, OPEN_DISPUTE_STATUSES } from "./machine.ts";
import { canSeeDisputeFigures, canSeeDisputes, disputeScope } from "./policy.ts";
import { clock } from "../time/clock.ts";

export const DISPUTE_PAGE_SIZE = 20;
/** How many disputes the enterprise page shows before linking to the full list. */
export const PANEL_SIZE = 5;

const listSelect = {
  id: true,
  kind: true,
  parties: true,
  status: true,
  escalationRisk: true,
  createdAt: true,
  enterprise: { select: { id: true, name: true, nameEn: true } },
} satisfies Prisma.DisputeSelect;

export type DisputeListRow = Prisma.DisputeGetPayload<{ select: typeof listSelect }>;

export type DisputeFilter = { status?: DisputeStatus; kind?: DisputeKind; risk?: boolean; enterpriseId?: string };

/** Open disputes flagged at risk of turning criminal: the ones to watch. */
const openAtRisk: Prisma.DisputeWhereInput = { escalationRisk: true, status: { in: [...OPEN_DISPUTE_STATUSES] } };
const newestFirst: Prisma.DisputeOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

/**
 * Disputes in the user's scope, open risk-flagged ones first, then the rest, each group newest first.
 * The two groups are read as two ordered queries and paged across, so the database does the sorting.
 */
export async function listDisputes(
  user: SessionUser,
  { page = 1, pageSize = DISPUTE_PAGE_SIZE, ...filter }: DisputeFilter & { page?: number; pageSize?: number } = {},
): Promise<{ rows: DisputeListRow[]; total: number }> {
  const db = getDb();
  const base: Prisma.DisputeWhereInput = {
    AND: [
      disputeScope(user),
      filter.status ? { status: filter.status } : {},
      filter.kind ? { kind: filter.kind } : {},
      filter.risk ? { escalationRisk: true } : {},
      filter.enterpriseId ? { enterpriseId: filter.enterpriseId } : {},
    ],
  };
  const first: Prisma.DisputeWhereInput = { AND: [base, openAtRisk] };
  const rest: Prisma.DisputeWhereInput = { AND: [base, { NOT: openAtRisk }] };
  const [firstCount, restCount] = await Promise.all([
    db.dispute.count({ where: first }),
    db.dispute.count({ where: rest }),
  ]);
  const skip = (page - 1) * pageSize;
  const fromFirst =
    skip < firstCount
      ? await db.dispute.findMany({ where: first, orderBy: newestFirst, skip, take: pageSize, select: listSelect })
      : [];
  const left = pageSize - fromFirst.length;
  const fromRest =
    left > 0
      ? await db.dispute.findMany({
          where: rest,
          orderBy: newestFirst,
          skip: Math.max(0, skip - firstCount),
          take: left,
          select: listSelect,
        })
      : [];
  return { rows: [...fromFirst, ...fromRest], total: firstCount + restCount };
}

/** One enterprise's disputes for its page: open ones first, at most `take`, and how many there are in all. */
export async function disputesOfEnterprise(user: SessionUser, enterpriseId: string, take = PANEL_SIZE) {
  if (!canSeeDisputes(user)) return { rows: [], total: 0 };
  const db = getDb();
  const base: Prisma.DisputeWhereInput = {
    AND: [disputeScope(user), { enterpriseId: requireScopeId(enterpriseId, "enterprise") }],
  };
  const open: Prisma.DisputeWhereInput = { AND: [base, { status: { in: [...OPEN_DISPUTE_STATUSES] } }] };
  const closed: Prisma.DisputeWhereInput = { AND: [base, { status: { in: [...CLOSED_DISPUTE_STATUSES] } }] };
  const [total, openRows] = await Promise.all([
    db.dispute.count({ where: base }),
    db.dispute.findMany({ where: open, orderBy: newestFirst, take, select: listSelect }),
  ]);
  const closedRows =
    openRows.length < take
      ? await db.dispute.findMany({
          where: closed,
          orderBy: newestFirst,
          take: take - openRows.length,
          select: listSelect,
        })
      : [];
  return { rows: [...openRows, ...closedRows], total };
}

/** A dispute for its page, or null when it does not exist or is outside the user's scope. */
export const getDisputeForUser = cache(async (user: SessionUser, id: string) =>
  getDb().dispute.findFirst({
    where: { AND: [{ id }, disputeScope(user)] },
    include: {
      enterprise: { select: { id: true, name: true, nameEn: true } },
      station: { select: { name: true, nameEn: true } },
      recordedBy: { select: { name: true, nameEn: true } },
      sessions: {
        orderBy: [{ heldAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, heldAt: true, notes: true, mediator: { select: { name: true, nameEn: true } } },
      },
    },
  }),
);

export type DisputeFigures = {
  open: number;
  openAtRisk: number;
  resolved: number;
  unresolved: number;
  resolutionRate: number | null;
};

/**
 * The chief's mediation figures: open disputes, open risk-flagged ones, and the resolution rate of
 * the disputes closed in the current China calendar year. Counted by the database, never by loading
 * rows. Anyone but a chief gets null: the figures are bureau-wide, whoever calls.
 */
export async function disputeFiguresForChief(
  user: SessionUser,
  now: Date = clock.now(),
): Promise<DisputeFigures | null> {
  if (!canSeeDisputeFigures(user)) return null;
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = getDb();
  const [open, atRisk, closed] = await Promise.all([
    db.dispute.count({ where: { bureauId, status: { in: [...OPEN_DISPUTE_STATUSES] } } }),
    db.dispute.count({ where: { bureauId, ...openAtRisk } }),
    db.dispute.groupBy({
      by: ["status"],
      where: {
        bureauId,
        status: { in: [...CLOSED_DISPUTE_STATUSES] },
        closedAt: { gte: startOfChinaYear(now), lte: now },
      },
      _count: { _all: true },
    }),
  ]);
  const countOf = (status: DisputeStatus) => closed.find((c) => c.status === status)?._count._all ?? 0;
  const resolved = countOf("RESOLVED");
  const unresolved = countOf("UNRESOLVED");
  return { open, openAtRisk: atRisk, resolved, unresolved, resolutionRate: resolutionRate(resolved, unresolved) };
}

/** For chiefs: the bureau's open risk-flagged disputes, newest first (at most `take`). */
export async function openRiskDisputes(user: SessionUser, take = 10): Promise<DisputeListRow[]> {
  if (!canSeeDisputeFigures(user)) return [];
  return getDb().dispute.findMany({
    where: { AND: [disputeScope(user), openAtRisk] },
    orderBy: newestFirst,
    take,
    select: listSelect,
  });
}
