import "server-only";
import { readDb } from "../db/read.ts";
import type { Prisma } from "../db/generated/client.ts";
import { lastVisits } from "../visits/last-visits.ts";
import { activeEnterprises, coverageFigures, notVisitedWithin, visitWindow } from "./coverage-figures.ts";
import type { DashboardScope } from "./filters.ts";
import { ticketsNow } from "./ticket-tally.ts";

/** How many rows each list shows on the page; exports take more. */
export const LIST_SIZE = 20;
export const EXPORT_LIST_SIZE = 5_000;

const person = { select: { name: true, nameEn: true } } as const;
const ticketSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  dueAt: true,
  escalatedAt: true,
  escalationReason: true,
  enterprise: { select: { id: true, name: true, nameEn: true } },
  assignee: person,
} satisfies Prisma.TicketSelect;

export type DashboardTicketRow = Prisma.TicketGetPayload<{ select: typeof ticketSelect }>;
export type Listed<T> = { rows: T[]; total: number };

/** Tickets count where they were filed, as every ticket figure does (lib/dashboard/ticket-tally.ts). */
function ticketWhere(bureauId: string, scope: DashboardScope, extra: Prisma.TicketWhereInput): Prisma.TicketWhereInput {
  return {
    bureauId,
    ...extra,
    ...(scope.stationId ? { stationId: scope.stationId } : {}),
    ...(scope.workstationId ? { workstationId: scope.workstationId } : {}),
    ...(scope.officerId ? { responsibleOfficerId: scope.officerId } : {}),
  };
}

/** Tickets past the deadline that applies now, most overdue first. */
export async function overdueTickets(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  take = LIST_SIZE,
): Promise<Listed<DashboardTicketRow>> {
  const where = ticketWhere(bureauId, scope, { dueAt: { lt: now } });
  // The headline's open work counts them already (a ticket has a deadline exactly while it is open).
  const [rows, live] = await Promise.all([
    readDb().ticket.findMany({ where, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take, select: ticketSelect }),
    ticketsNow(bureauId, scope, now),
  ]);
  return { rows, total: live.all.get("")?.overdue ?? 0 };
}

/** Tickets escalated to the chiefs in the period, latest first. */
export async function escalatedTickets(
  bureauId: string,
  scope: DashboardScope,
  take = LIST_SIZE,
): Promise<Listed<DashboardTicketRow>> {
  const where = ticketWhere(bureauId, scope, { escalatedAt: { gte: scope.period.from, lt: scope.period.to } });
  const [rows, total] = await Promise.all([
    readDb().ticket.findMany({ where, orderBy: [{ escalatedAt: "desc" }, { id: "asc" }], take, select: ticketSelect }),
    readDb().ticket.count({ where }),
  ]);
  return { rows, total };
}

const enterpriseSelect = {
  id: true,
  name: true,
  nameEn: true,
  workstation: { select: { name: true, nameEn: true } },
  responsibleOfficer: person,
} satisfies Prisma.EnterpriseSelect;

export type DashboardEnterpriseRow = Prisma.EnterpriseGetPayload<{ select: typeof enterpriseSelect }> & {
  lastVisitAt: Date | null;
};

/** Active enterprises without a visit within the bureau's cadence as of the period's end (or now), by name. */
export async function enterprisesNotVisited(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  take = LIST_SIZE,
): Promise<Listed<DashboardEnterpriseRow>> {
  const { asOf, cutoff } = await visitWindow(bureauId, scope, now);
  const where: Prisma.EnterpriseWhereInput = {
    AND: [activeEnterprises(bureauId, scope), notVisitedWithin(cutoff, asOf)],
  };
  const db = readDb();
  // Not visited is the rest of the active enterprises: the headline's coverage counts give the total.
  const [found, coverage] = await Promise.all([
    db.enterprise.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
      select: { ...enterpriseSelect, lastVisitedAt: true },
    }),
    coverageFigures(bureauId, scope, now),
  ]);
  const total = coverage.enterprises - coverage.visitedInCadence;
  // A row shows its last visit before `asOf`: its latest visit, unless that came after (a past period).
  const visitedSince = found.filter((r) => r.lastVisitedAt && r.lastVisitedAt >= asOf).map((r) => r.id);
  const earlier = visitedSince.length ? await lastVisits(db, bureauId, visitedSince, asOf) : new Map<string, Date>();
  const rows = found.map(({ lastVisitedAt, ...r }) => ({
    ...r,
    lastVisitAt: lastVisitedAt && lastVisitedAt < asOf ? lastVisitedAt : (earlier.get(r.id) ?? null),
  }));
  return { rows, total };
}

/** Active enterprises without a responsible officer, by name. */
export async function uncoveredEnterprises(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  take = LIST_SIZE,
): Promise<Listed<DashboardEnterpriseRow>> {
  const where: Prisma.EnterpriseWhereInput = {
    AND: [activeEnterprises(bureauId, scope), { responsibleOfficerId: null }],
  };
  // Not covered is the rest of the active enterprises: the headline's coverage counts give the total.
  const [rows, coverage] = await Promise.all([
    readDb().enterprise.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], take, select: enterpriseSelect }),
    coverageFigures(bureauId, scope, now),
  ]);
  return { rows: rows.map((r) => ({ ...r, lastVisitAt: null })), total: coverage.enterprises - coverage.covered };
}
