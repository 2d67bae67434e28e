import "server-only";
import { readDb } from "../db/read.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { residencyScope } from "./policy.ts";
import { WAITING_STATUSES } from "./machine.ts";

export type ResidencyFigures = {
  /** Requests completed (办结) in the period. */
  completed: number;
  /** Of those, how many went through the green channel, and their share (0–1; 0 when none). */
  completedGreen: number;
  greenShare: number;
  /** Requests waiting for the police now (not bound to the period). */
  waitingReviews: number;
};

/**
 * Residency figures for the dashboards, in the user's scope, optionally for one station's enterprises.
 * Counted by the database; no row is read.
 */
export async function residencyFigures(
  user: SessionUser,
  { from, to, stationId }: { from: Date; to: Date; stationId?: string },
): Promise<ResidencyFigures> {
  const station: Prisma.ResidencyRequestWhereInput = stationId ? { enterprise: { workstation: { stationId } } } : {};
  const base = { AND: [residencyScope(user), station] };
  const done = { AND: [base, { status: "COMPLETED" as const, completedAt: { gte: from, lt: to } }] };
  const db = readDb();
  const [completed, completedGreen, waitingReviews] = await Promise.all([
    db.residencyRequest.count({ where: done }),
    db.residencyRequest.count({ where: { AND: [done, { greenChannel: true }] } }),
    db.residencyRequest.count({ where: { AND: [base, { status: { in: [...WAITING_STATUSES] } }] } }),
  ]);
  return { completed, completedGreen, greenShare: completed ? completedGreen / completed : 0, waitingReviews };
}
