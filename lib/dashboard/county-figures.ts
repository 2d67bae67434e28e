import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Counts for the administrator's overview. */
export async function adminFigures(user: SessionUser) {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = getDb();
  const [users, stations, workstations, enterprises] = await Promise.all([
    db.user.groupBy({ by: ["role"], where: { bureauId }, _count: { _all: true } }),
    db.station.count({ where: { bureauId } }),
    db.workstation.count({ where: { bureauId } }),
    db.enterprise.count({ where: { bureauId } }),
  ]);
  return {
    usersByRole: Object.fromEntries(users.map((u) => [u.role, u._count._all])) as Partial<Record<string, number>>,
    stations,
    workstations,
    enterprises,
  };
}
