import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";

/** Teams, rotas and attached patrol requests are organised county-wide by the chiefs. */
const MANAGER_ROLES: readonly Role[] = ["CHIEF"];
/**
 * The police: they open the teams, rotas (and their XLSX) and the shifts with their logs. Liaisons
 * follow their own nights on /patrols; admins run the system, not patrols.
 */
const POLICE_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
/** Who opens /patrols at all: the police, and liaisons for their enterprise's nights. */
const PATROL_READER_ROLES: readonly Role[] = ["LIAISON", "OFFICER", "CHIEF"];
/** Patrol logs are police work: the shift's leading officer writes it, a chief may stand in. */
const LOGGER_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
/** A team's nights are led by an officer of its station; chiefs organise rather than lead. */
const LEADER_ROLES: readonly Role[] = ["OFFICER"];
/**
 * Blackout dates: the enterprise knows when it cannot send guards, so its liaison marks them; a chief
 * may too (on the phone with the enterprise). Only dates of months not yet published, so a published
 * rota never silently loses a guard — a change to it is the chief's hand edit, which tells everyone.
 */
const UNAVAILABILITY_ROLES: readonly Role[] = ["LIAISON", "CHIEF"];
/** The enterprise's side of patrols: its liaison follows its duty nights and marks its blackout dates. */
const ENTERPRISE_ROLES: readonly Role[] = ["LIAISON"];
/** Who may read patrol figures: chiefs county-wide, officers for their own station. */
const FIGURE_ROLES: readonly Role[] = ["CHIEF", "OFFICER"];

/** /patrols: the police see teams and shifts to log, a liaison their enterprise's nights. */
export const canSeePatrols: Question = roleIn(PATROL_READER_ROLES);

/** A team's page and its monthly rotas (printed or as XLSX): the police who see the team (teamScope). */
export const canSeePatrolTeams: Question = roleIn(POLICE_ROLES);

/** A shift's page with its log and the hazards it found: police records. */
export const canSeePatrolLogs: Question = roleIn(POLICE_ROLES);

/** A rota still in draft may change and must not reach the enterprise as if it were settled. */
export const canSeeDraftRotas: Question = roleIn(POLICE_ROLES);

/** Form and edit teams, draft, edit and publish rotas, attach patrol requests. */
export const canManagePatrols: Question = roleIn(MANAGER_ROLES);

/** Log a night's patrol; which shift is the record question `canLogShift`. */
export const canLogPatrols: Question = roleIn(LOGGER_ROLES);

/** Lead a team's nights (and so have shifts of one's own tonight). */
export const canLeadPatrols: Question = roleIn(LEADER_ROLES);

/** Mark or clear the dates an enterprise cannot send guards; for which enterprise, `canMarkUnavailableFor`. */
export const canMarkUnavailability: Question = roleIn(UNAVAILABILITY_ROLES);

/** The user speaks for one enterprise: /patrols shows its duty nights and blackout dates. */
export const canFollowOwnDutyNights: Question = roleIn(ENTERPRISE_ROLES);

export const canSeePatrolFigures: Question = roleIn(FIGURE_ROLES);

/** The users who may be named a team's leading officer (the caller adds bureau, station and active). */
export const patrolLeaderWhere: Prisma.UserWhereInput = { role: { in: [...LEADER_ROLES] } };

// An impossible id keeps a query valid while matching nothing.
const NONE = "-";

/**
 * The teams a user may see: a chief all of the bureau's, an officer those of their station or that
 * they lead, a liaison the team their enterprise belongs to. Admins run the system and the city reads county figures, not patrols.
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
    case "CITY":
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
    case "CITY":
      return { bureauId, id: NONE };
  }
}

/** The shift's leading officer logs it; a chief may log any shift of the bureau. */
export function canLogShift(user: SessionUser, shift: { leadOfficerId: string | null }): boolean {
  return user.role === "CHIEF" || (user.role === "OFFICER" && shift.leadOfficerId === user.id);
}

/** The same rule as `canLogShift`, as a filter: the shifts (of those in scope) this user may log. */
export function loggableShiftScope(user: SessionUser): Prisma.PatrolShiftWhereInput {
  switch (user.role) {
    case "CHIEF":
      return {};
    case "OFFICER":
      return { leadOfficerId: user.id };
    default:
      return { id: NONE };
  }
}

/** A liaison marks their own enterprise's dates only; a chief any enterprise of the teams they see. */
export function canMarkUnavailableFor(user: SessionUser, enterpriseId: string): boolean {
  return !canFollowOwnDutyNights(user) || enterpriseId === user.enterpriseId;
}

/** The station whose figures the user reads: an officer always their own, a chief the one asked for (or all). */
export function patrolFigureStation(user: SessionUser, asked: string | undefined): string | undefined {
  return user.role === "OFFICER" ? requireScopeId(user.stationId, "station") : asked;
}
