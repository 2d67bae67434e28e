import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Teams, rotas and attached patrol requests are organised county-wide by the chiefs. */
export const PATROL_MANAGER_ROLES: readonly Role[] = ["CHIEF"];
/** Patrol logs are police work: the shift's leading officer writes it, a chief may stand in. */
export const PATROL_LOGGER_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
/**
 * Blackout dates: the enterprise knows when it cannot send guards, so its liaison marks them; a chief
 * may too (on the phone with the enterprise). Only dates of months not yet published, so a published
 * rota never silently loses a guard — a change to it is the chief's hand edit, which tells everyone.
 */
export const PATROL_UNAVAILABILITY_ROLES: readonly Role[] = ["LIAISON", "CHIEF"];
/** Who may read patrol figures: chiefs county-wide, officers for their own station. */
export const PATROL_FIGURE_ROLES: readonly Role[] = ["CHIEF", "OFFICER"];

// An impossible id keeps a query valid while matching nothing.
const NONE = "-";

/**
 * The teams a user may see: a chief all of the bureau's, an officer those of their station or that
 * they lead, a liaison the team their enterprise belongs to. Admins run the system, not patrols.
 */
export function teamScope(user: SessionUser): Prisma.PatrolTeamWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  switch (user.role) {
    case "CHIEF":
      return { bureauId };
    case "OFFICER":
      return { bureauId, OR: [...(user.stationId ? [{ stationId: user.stationId }] : []), { leadOfficerId: user.id }] };
    case "LIAISON":
      return { bureauId, members: { some: { enterpriseId: requireScopeId(user.enterpriseId, "enterprise") } } };
    case "ADMIN":
      return { bureauId, id: NONE };
  }
}

/**
 * The shifts a user may see. Police see the shifts of the teams they see, and an officer also the
 * shifts they lead; a liaison sees only their enterprise's nights of published rotas — a draft may
 * still change and must not reach the enterprise as if it were settled.
 */
export function shiftScope(user: SessionUser): Prisma.PatrolShiftWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  switch (user.role) {
    case "CHIEF":
      return { bureauId };
    case "OFFICER":
      return { bureauId, OR: [{ team: teamScope(user) }, { leadOfficerId: user.id }] };
    case "LIAISON":
      return {
        bureauId,
        rota: { status: "PUBLISHED" },
        enterprises: { some: { enterpriseId: requireScopeId(user.enterpriseId, "enterprise") } },
      };
    case "ADMIN":
      return { bureauId, id: NONE };
  }
}

/** The shift's leading officer logs it; a chief may log any shift of the bureau. */
export function canLogShift(user: SessionUser, shift: { leadOfficerId: string | null }): boolean {
  return user.role === "CHIEF" || (user.role === "OFFICER" && shift.leadOfficerId === user.id);
}

export function canManagePatrols(user: Pick<SessionUser, "role">): boolean {
  return PATROL_MANAGER_ROLES.includes(user.role);
}
