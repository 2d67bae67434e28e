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
 * Counted by the database in one statement, per status and channel, over the requests completed in
 * the period and those waiting now; no row is read.
 */
export async function residencyFigures(
  user: SessionUser,
  { from, to, stationId }: { from: Date; to: Date; stationId?: string },
): Promise<ResidencyFigures> {
  const station: Prisma.ResidencyRequestWhereInput = stationId ? { enterprise: { workstation: { stationId } } } : {};
  const done: Prisma.ResidencyRequestWhereInput = { status: "COMPLETED", completedAt: { gte: from, lt: to } };
  const waiting: Prisma.ResidencyRequestWhereInput = { status: { in: [...WAITING_STATUSES] } };
  const groups = await readDb().residencyRequest.groupBy({
    by: ["status", "greenChannel"],
    where: { AND: [residencyScope(user), station, { OR: [done, waiting] }] },
    _count: { _all: true },
  });
  const count = (keep: (g: (typeof groups)[number]) => boolean) =>
    groups.filter(keep).reduce((n, g) => n + g._count._all, 0);
  const completed = count((g) => g.status === "COMPLETED");
  const completedGreen = count((g) => g.status === "COMPLETED" && g.greenChannel);
  const waitingReviews = count((g) => WAITING_STATUSES.includes(g.status));
  return { completed, completedGreen, greenShare: completed ? completedGreen / completed : 0, waitingReviews };
}
