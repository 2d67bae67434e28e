import "server-only";
import { readDb } from "../db/read.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { canUseAdminDesk } from "./policy.ts";

/** The police first: they are most of the accounts an administrator looks after. */
const ROLES_SHOWN: readonly Role[] = ["OFFICER", "CHIEF", "LIAISON", "ADMIN"];

/** Counts for the administrator's overview; every role is listed, with 0 where it has no users. */
export async function adminFigures(user: SessionUser) {
  assertAllowed(user, canUseAdminDesk);
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = readDb();
  const [users, stations, workstations, enterprises] = await Promise.all([
    db.user.groupBy({ by: ["role"], where: { bureauId }, _count: { _all: true } }),
    db.station.count({ where: { bureauId } }),
    db.workstation.count({ where: { bureauId } }),
    db.enterprise.count({ where: { bureauId } }),
  ]);
  const count = new Map(users.map((u) => [u.role, u._count._all]));
  return {
    usersByRole: ROLES_SHOWN.map((role) => ({ role, count: count.get(role) ?? 0 })),
    stations,
    workstations,
    enterprises,
  };
}
