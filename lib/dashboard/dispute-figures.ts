import "server-only";
import { readDb } from "../db/read.ts";
import type { Prisma } from "../db/generated/client.ts";
import { resolutionRate } from "../disputes/figures.ts";
import { OPEN_DISPUTE_STATUSES } from "../disputes/machine.ts";
import type { DashboardScope } from "./filters.ts";
import { enterpriseNarrowing } from "./sql-scope.ts";

export type DisputeFigures = {
  recorded: number;
  resolved: number;
  unresolved: number;
  resolutionRate: number | null;
  openAtRisk: number;
};

/**
 * Disputes recorded in the period, those closed in it (resolved by agreement or not) and the share
 * resolved, as the bulletins report them; open risk-flagged ones as of now. A station filter uses
 * the dispute's own station, since a dispute need not involve an enterprise; narrower filters go
 * through its enterprise.
 */
export async function disputeFigures(bureauId: string, scope: DashboardScope): Promise<DisputeFigures> {
  const { from, to } = scope.period;
  const enterprise =
    scope.workstationId || scope.officerId ? enterpriseNarrowing({ ...scope, stationId: undefined }) : undefined;
  const base: Prisma.DisputeWhereInput = {
    bureauId,
    ...(scope.stationId ? { stationId: scope.stationId } : {}),
    ...(enterprise ? { enterprise } : {}),
  };
  const db = readDb();
  const [recorded, closed, openAtRisk] = await Promise.all([
    db.dispute.count({ where: { ...base, createdAt: { gte: from, lt: to } } }),
    db.dispute.groupBy({
      by: ["status"],
      where: { ...base, status: { in: ["RESOLVED", "UNRESOLVED"] }, closedAt: { gte: from, lt: to } },
      _count: { _all: true },
    }),
    db.dispute.count({ where: { ...base, escalationRisk: true, status: { in: [...OPEN_DISPUTE_STATUSES] } } }),
  ]);
  const countOf = (status: string) => closed.find((c) => c.status === status)?._count._all ?? 0;
  const [resolved, unresolved] = [countOf("RESOLVED"), countOf("UNRESOLVED")];
  return { recorded, resolved, unresolved, resolutionRate: resolutionRate(resolved, unresolved), openAtRisk };
}
