import "server-only";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { addDays, dbDate, fromDbDate, monthStart, nextMonth, todayInChina } from "./dates.ts";
import {
  canFollowOwnDutyNights,
  canLeadPatrols,
  canLogPatrols,
  canManagePatrols,
  canSeeDraftRotas,
  loggableShiftScope,
  patrolLeaderWhere,
  shiftScope,
  teamScope,
} from "./policy.ts";
import { stationsThatCanFormTeam } from "./team-stations.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { ticketScope } from "../tickets/policy.ts";

const nameFields = { id: true, name: true, nameEn: true } as const;

/** The teams a user sees, with their station, leader and size. */
export async function listTeams(user: SessionUser) {
  return getDb().patrolTeam.findMany({
    where: teamScope(user),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    include: {
      station: { select: nameFields },
      leadOfficer: { select: nameFields },
      _count: { select: { members: true } },
    },
  });
}

/** One team in scope with its members, coming blackout dates, rotas and attached patrol requests; null when out of scope. */
export async function getTeam(user: SessionUser, id: string) {
  return getDb().patrolTeam.findFirst({
    where: { AND: [{ id }, teamScope(user)] },
    include: {
      station: { select: nameFields },
      leadOfficer: { select: nameFields },
      members: { include: { enterprise: { select: { ...nameFields, active: true } } }, orderBy: { joinedAt: "asc" } },
      unavailable: {
        where: { date: { gt: dbDate(todayInChina()) } },
        orderBy: { date: "asc" },
        include: { enterprise: { select: nameFields } },
      },
      rotas: { orderBy: { month: "desc" }, take: 12, include: { _count: { select: { shifts: true } } } },
      requests: {
        select: { id: true, number: true, title: true, status: true, enterprise: { select: nameFields } },
        orderBy: { createdAt: "desc" },
      },
    },
  });
}

export type TeamDetail = NonNullable<Awaited<ReturnType<typeof getTeam>>>;

/**
 * What the team form offers a chief: the bureau's stations that can form a team (see
 * stationsThatCanFormTeam; `team` is the team being edited), the officers who may lead a team of each,
 * and each station's active enterprises with the active team they already belong to (if any).
 */
export async function teamFormOptions(user: SessionUser, team?: { id: string; stationId: string }) {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  if (!canManagePatrols(user)) return { stations: [], officers: [], enterprises: [] };
  const [stations, officers, enterprises] = await Promise.all([
    getDb().station.findMany({
      // An edited team may keep a station that has since closed, as updateTeam allows.
      where: { bureauId, OR: [{ active: true }, ...(team ? [{ id: team.stationId }] : [])] },
      select: nameFields,
      orderBy: { code: "asc" },
    }),
    getDb().user.findMany({
      where: { ...patrolLeaderWhere, bureauId, active: true, stationId: { not: null } },
      select: { ...nameFields, stationId: true },
      orderBy: { username: "asc" },
    }),
    getDb().enterprise.findMany({
      where: { AND: [{ active: true }, enterpriseScope(user)] },
      select: {
        ...nameFields,
        workstation: { select: { stationId: true } },
        patrolMemberships: {
          where: { team: { active: true } },
          select: { teamId: true, team: { select: { name: true } } },
        },
      },
      orderBy: { name: "asc" },
    }),
  ]);
  const candidates = enterprises.map((e) => ({
    id: e.id,
    name: e.name,
    nameEn: e.nameEn,
    stationId: e.workstation.stationId,
    team: e.patrolMemberships[0] ? { id: e.patrolMemberships[0].teamId, name: e.patrolMemberships[0].team.name } : null,
  }));
  const able = stationsThatCanFormTeam(candidates, team);
  return {
    stations: stations.filter((s) => able.has(s.id)),
    officers: officers.map((o) => ({ ...o, stationId: o.stationId! })),
    enterprises: candidates,
  };
}

const shiftInclude = {
  leadOfficer: { select: nameFields },
  enterprises: { include: { enterprise: { select: nameFields } }, orderBy: { enterpriseId: "asc" } },
  log: { select: { id: true, kind: true, late: true } },
} satisfies Prisma.PatrolShiftInclude;

/** A team's rota for a month ("YYYY-MM"): its nights (whatever rota they belong to) and the draft/published record. */
export async function getRota(user: SessionUser, teamId: string, month: string) {
  const team = await getTeam(user, teamId);
  if (!team) return null;
  const first = `${month}-01`;
  const rota = await getDb().patrolRota.findUnique({
    where: { teamId_month: { teamId: team.id, month: monthStart(month) } },
  });
  // A liaison sees a month only once it is published, and then only through their own nights (shiftScope).
  if (!canSeeDraftRotas(user) && rota?.status !== "PUBLISHED") return { team, rota: null, shifts: [] };
  const shifts = await getDb().patrolShift.findMany({
    where: {
      AND: [{ teamId: team.id, date: { gte: dbDate(first), lt: monthStart(nextMonth(month)) } }, shiftScope(user)],
    },
    include: shiftInclude,
    orderBy: { date: "asc" },
  });
  const blackouts = await getDb().patrolUnavailability.findMany({
    where: { teamId: team.id, date: { gte: dbDate(first), lt: monthStart(nextMonth(month)) } },
    select: { enterpriseId: true, date: true },
  });
  return {
    team,
    rota,
    shifts,
    blackouts: blackouts.map((b) => ({ enterpriseId: b.enterpriseId, date: fromDbDate(b.date) })),
  };
}

/** One shift in scope with its team, enterprises and log (with the hazards it found); null when out of scope. */
export async function getShift(user: SessionUser, id: string) {
  return getDb().patrolShift.findFirst({
    where: { AND: [{ id }, shiftScope(user)] },
    include: {
      team: {
        include: {
          members: {
            include: { enterprise: { select: { ...nameFields, active: true } } },
            orderBy: { joinedAt: "asc" },
          },
        },
      },
      rota: { select: { status: true } },
      leadOfficer: { select: nameFields },
      enterprises: { include: { enterprise: { select: nameFields } } },
      log: {
        include: {
          recordedBy: { select: nameFields },
          hazards: {
            select: { id: true, description: true, severity: true, status: true, enterprise: { select: nameFields } },
          },
        },
      },
    },
  });
}

/** A liaison's duty nights from today on, of published rotas only. */
export async function liaisonDutyNights(user: SessionUser, { days = 62 }: { days?: number } = {}) {
  if (!canFollowOwnDutyNights(user)) return [];
  const today = todayInChina();
  return getDb().patrolShift.findMany({
    where: {
      AND: [
        shiftScope(user),
        { date: { gte: dbDate(today), lte: dbDate(addDays(today, days)) }, status: { not: "CANCELLED" } },
      ],
    },
    include: {
      team: { select: { id: true, name: true, routeName: true } },
      leadOfficer: { select: { ...nameFields, phone: true } },
      enterprises: { include: { enterprise: { select: nameFields } } },
    },
    orderBy: { date: "asc" },
  });
}

/** The shifts an officer leads tonight (usually one), for their home page. */
export async function tonightsShifts(user: SessionUser) {
  if (!canLeadPatrols(user)) return [];
  return getDb().patrolShift.findMany({
    where: {
      AND: [shiftScope(user), { leadOfficerId: user.id, date: dbDate(todayInChina()), status: { not: "CANCELLED" } }],
    },
    include: {
      team: { select: { id: true, name: true, routeName: true } },
      enterprises: { include: { enterprise: { select: nameFields } } },
      log: { select: { id: true } },
    },
    orderBy: { teamId: "asc" },
  });
}

/** Shifts a user may log that are still waiting for their log (today and earlier), newest first. */
export async function shiftsAwaitingLog(user: SessionUser, take = 10) {
  if (!canLogPatrols(user)) return [];
  return getDb().patrolShift.findMany({
    where: {
      AND: [shiftScope(user), loggableShiftScope(user), { status: "PLANNED", date: { lte: dbDate(todayInChina()) } }],
    },
    include: { team: { select: { id: true, name: true } } },
    orderBy: { date: "desc" },
    take,
  });
}

/**
 * For an enterprise's page: its active team and its next duty nights (liaisons: published rotas
 * only, through shiftScope). Null when the enterprise is in no team the user sees.
 */
export async function enterprisePatrols(user: SessionUser, enterpriseId: string, take = 5) {
  const team = await getDb().patrolTeam.findFirst({
    where: { AND: [{ active: true, members: { some: { enterpriseId } } }, teamScope(user)] },
    select: { id: true, name: true, routeName: true, leadOfficer: { select: nameFields } },
  });
  if (!team) return null;
  const nights = await getDb().patrolShift.findMany({
    where: {
      AND: [
        shiftScope(user),
        {
          teamId: team.id,
          date: { gte: dbDate(todayInChina()) },
          status: "PLANNED",
          enterprises: { some: { enterpriseId } },
        },
      ],
    },
    select: { id: true, date: true },
    orderBy: { date: "asc" },
    take,
  });
  return { team, nights: nights.map((n) => ({ id: n.id, date: fromDbDate(n.date) })) };
}

/** Open requests for extra night patrols (PATROL_REQUEST tickets) from a team's station, for the chief to attach. */
export async function patrolRequestsForTeam(user: SessionUser, team: { id: string; stationId: string }) {
  if (!canManagePatrols(user)) return [];
  return getDb().ticket.findMany({
    where: {
      AND: [
        ticketScope(user),
        {
          category: "PATROL_REQUEST",
          status: { notIn: ["CLOSED", "REJECTED", "WITHDRAWN"] },
          enterprise: { workstation: { stationId: team.stationId } },
          OR: [{ patrolTeamId: null }, { patrolTeamId: team.id }],
        },
      ],
    },
    select: { id: true, number: true, title: true, patrolTeamId: true, enterprise: { select: nameFields } },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}

/** A liaison's active team (through teamScope) and their enterprise's coming unavailable dates; null when in none. */
export async function liaisonTeam(user: SessionUser) {
  if (!canFollowOwnDutyNights(user)) return null;
  const enterpriseId = requireScopeId(user.enterpriseId, "enterprise");
  const team = await getDb().patrolTeam.findFirst({
    where: { AND: [{ active: true }, teamScope(user)] },
    select: { id: true, name: true },
  });
  if (!team) return null;
  const blackouts = await getDb().patrolUnavailability.findMany({
    where: { teamId: team.id, enterpriseId, date: { gt: dbDate(todayInChina()) } },
    orderBy: { date: "asc" },
    select: { date: true },
  });
  return { team, blackouts: blackouts.map((b) => fromDbDate(b.date)) };
}
