import "server-only";
import { Prisma } from "../db/index.ts";
import { readDb } from "../db/read.ts";
import type { TicketStatus } from "../db/generated/enums.ts";
import { at } from "../db/sql-time.ts";
import { lastVisits } from "../visits/last-visits.ts";
import { coverageFigures, visitedWithinSql, visitWindow } from "./coverage-figures.ts";
import type { DashboardScope } from "./filters.ts";
import { enterpriseNarrowingSql, filedNarrowing } from "./sql-scope.ts";
import { periodTally, ticketsNow } from "./ticket-tally.ts";

// The lists read their rows in one flat statement each, joined to the names they show. Read through
// Prisma's nested relations, the same rows cost the server twice the CPU to decode, and PostgreSQL
// built the nested names of every matching row before sorting and keeping twenty.

/** How many rows each list shows on the page; exports take more. */
export const LIST_SIZE = 20;
export const EXPORT_LIST_SIZE = 5_000;

type Named = { name: string; nameEn: string };
export type Listed<T> = { rows: T[]; total: number };

export type DashboardTicketRow = {
  id: string;
  number: string;
  title: string;
  status: TicketStatus;
  dueAt: Date | null;
  escalatedAt: Date | null;
  escalationReason: string | null;
  enterprise: { id: string } & Named;
  assignee: Named | null;
};

type TicketSqlRow = Omit<DashboardTicketRow, "enterprise" | "assignee"> & {
  enterpriseId: string;
  enterpriseName: string;
  enterpriseNameEn: string;
  assigneeName: string | null;
  assigneeNameEn: string | null;
};

/** Tickets `t` matching `condition` where they were filed, as every ticket figure counts them, in `order`. */
async function ticketRows(
  bureauId: string,
  scope: DashboardScope,
  condition: Prisma.Sql,
  order: Prisma.Sql,
  take: number,
): Promise<DashboardTicketRow[]> {
  const rows = await readDb().$queryRaw<TicketSqlRow[]>`
    SELECT t."id", t."number", t."title", t."status"::text AS "status", t."dueAt", t."escalatedAt",
      t."escalationReason", e."id" AS "enterpriseId", e."name" AS "enterpriseName", e."nameEn" AS "enterpriseNameEn",
      a."name" AS "assigneeName", a."nameEn" AS "assigneeNameEn"
    FROM "Ticket" t
    JOIN "Enterprise" e ON e."id" = t."enterpriseId"
    LEFT JOIN "User" a ON a."id" = t."assigneeId"
    WHERE t."bureauId" = ${bureauId} ${filedNarrowing(scope, "t")} AND ${condition}
    ORDER BY ${order}
    LIMIT ${take}`;
  return rows.map(({ enterpriseId, enterpriseName, enterpriseNameEn, assigneeName, assigneeNameEn, ...t }) => ({
    ...t,
    enterprise: { id: enterpriseId, name: enterpriseName, nameEn: enterpriseNameEn },
    assignee: assigneeName === null ? null : { name: assigneeName, nameEn: assigneeNameEn ?? "" },
  }));
}

/** Tickets past the deadline that applies now, most overdue first. */
export async function overdueTickets(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  take = LIST_SIZE,
): Promise<Listed<DashboardTicketRow>> {
  // The headline's open work counts them already (a ticket has a deadline exactly while it is open).
  const [rows, live] = await Promise.all([
    ticketRows(bureauId, scope, Prisma.sql`t."dueAt" < ${at(now)}`, Prisma.sql`t."dueAt", t."id"`, take),
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
  const { from, to } = scope.period;
  const inPeriod = Prisma.sql`t."escalatedAt" >= ${at(from)} AND t."escalatedAt" < ${at(to)}`;
  // The tally counts each escalation at its time, where the ticket was filed: the headline's figure.
  const [rows, tally] = await Promise.all([
    ticketRows(bureauId, scope, inPeriod, Prisma.sql`t."escalatedAt" DESC, t."id"`, take),
    periodTally(bureauId, scope),
  ]);
  return { rows, total: tally.all.get("")?.escalated ?? 0 };
}

export type DashboardEnterpriseRow = {
  id: string;
  name: string;
  nameEn: string;
  workstation: Named;
  responsibleOfficer: Named | null;
  lastVisitAt: Date | null;
};

type EnterpriseSqlRow = Omit<DashboardEnterpriseRow, "workstation" | "responsibleOfficer" | "lastVisitAt"> & {
  lastVisitedAt: Date | null;
  workstationName: string;
  workstationNameEn: string;
  officerName: string | null;
  officerNameEn: string | null;
};

/** Active enterprises `e` within the filters matching `condition`, by name, with their latest visit. */
async function enterpriseRows(
  bureauId: string,
  scope: DashboardScope,
  condition: Prisma.Sql,
  take: number,
): Promise<DashboardEnterpriseRow[]> {
  // The page is taken before the names are joined: joined first, PostgreSQL looked up the workstation
  // and officer of every matching enterprise (a thousand in a county) to keep twenty.
  const rows = await readDb().$queryRaw<EnterpriseSqlRow[]>`
    SELECT e."id", e."name", e."nameEn", e."lastVisitedAt", w."name" AS "workstationName",
      w."nameEn" AS "workstationNameEn", o."name" AS "officerName", o."nameEn" AS "officerNameEn"
    FROM (
      SELECT e."id", e."name", e."nameEn", e."lastVisitedAt", e."workstationId", e."responsibleOfficerId"
      FROM "Enterprise" e
      WHERE e."bureauId" = ${bureauId} AND e."active" ${enterpriseNarrowingSql(scope)} AND ${condition}
      ORDER BY e."name", e."id"
      LIMIT ${take}
    ) e
    JOIN "Workstation" w ON w."id" = e."workstationId"
    LEFT JOIN "User" o ON o."id" = e."responsibleOfficerId"
    ORDER BY e."name", e."id"`;
  return rows.map(({ lastVisitedAt, workstationName, workstationNameEn, officerName, officerNameEn, ...e }) => ({
    ...e,
    lastVisitAt: lastVisitedAt,
    workstation: { name: workstationName, nameEn: workstationNameEn },
    responsibleOfficer: officerName === null ? null : { name: officerName, nameEn: officerNameEn ?? "" },
  }));
}

/** Active enterprises without a visit within the bureau's cadence as of the period's end (or now), by name. */
export async function enterprisesNotVisited(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  take = LIST_SIZE,
): Promise<Listed<DashboardEnterpriseRow>> {
  const { asOf, cutoff } = await visitWindow(bureauId, scope, now);
  // Not visited is the rest of the active enterprises: the headline's coverage counts give the total.
  const [found, coverage] = await Promise.all([
    enterpriseRows(bureauId, scope, Prisma.sql`NOT coalesce(${visitedWithinSql(cutoff, asOf)}, false)`, take),
    coverageFigures(bureauId, scope, now),
  ]);
  const total = coverage.enterprises - coverage.visitedInCadence;
  // A row shows its last visit before `asOf`: its latest visit, unless that came after (a past period).
  const visitedSince = found.filter((r) => r.lastVisitAt && r.lastVisitAt >= asOf).map((r) => r.id);
  if (!visitedSince.length) return { rows: found, total };
  const earlier = await lastVisits(readDb(), bureauId, visitedSince, asOf);
  const rows = found.map((r) =>
    r.lastVisitAt && r.lastVisitAt >= asOf ? { ...r, lastVisitAt: earlier.get(r.id) ?? null } : r,
  );
  return { rows, total };
}

/** Active enterprises without a responsible officer, by name. */
export async function uncoveredEnterprises(
  bureauId: string,
  scope: DashboardScope,
  now: Date,
  take = LIST_SIZE,
): Promise<Listed<DashboardEnterpriseRow>> {
  // Not covered is the rest of the active enterprises: the headline's coverage counts give the total.
  const [found, coverage] = await Promise.all([
    enterpriseRows(bureauId, scope, Prisma.sql`e."responsibleOfficerId" IS NULL`, take),
    coverageFigures(bureauId, scope, now),
  ]);
  // Their visits are not what this list is about: the column stays empty.
  return { rows: found.map((r) => ({ ...r, lastVisitAt: null })), total: coverage.enterprises - coverage.covered };
}
