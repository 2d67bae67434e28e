import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { assertSeenVersion, updateIfUnchanged } from "../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../audit/record.ts";
import { notify } from "../notifications/notify.ts";
import { discardUploads, prepareUploads, type PreparedUpload } from "../attachments/store.ts";
import { recordHazard } from "../hazards/commands.ts";
import { liaisonsOf } from "../notifications/recipients.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { addDays, dbDate, fromDbDate, monthOf, monthStart, todayInChina } from "./dates.ts";
import {
  canLogPatrols,
  canLogShift,
  canManagePatrols,
  canMarkUnavailability,
  canMarkUnavailableFor,
  patrolLeaderWhere,
  shiftScope,
  teamScope,
} from "./policy.ts";
import { daysOfMonth, planRotation } from "./rotation.ts";
import { holidaysOf, restNightTest } from "./holidays.ts";
import type {
  AttachRequestInput,
  EditNightInput,
  GenerateRotaInput,
  LogShiftInput,
  PublishRotaInput,
  TeamInput,
  UnavailabilityInput,
  UpdateTeamInput,
} from "./schemas.ts";
import { clock } from "../time/clock.ts";
import { HOUR_MS } from "../time/china.ts";

type Tx = Prisma.TransactionClient;

/** Each enterprise on duty sends two guards unless the chief says otherwise (seed 001's practice). */
export const GUARDS_PER_ENTERPRISE = 2;
/** A patrol runs through the night; a log claiming longer is a typing error. */
const MAX_PATROL_HOURS = 16;

const rotaLink = (teamId: string, month: string) => `/patrols/teams/${teamId}/rota/${month}`;

/**
 * The team's station, leading officer and members, all read from the database. An enterprise belongs
 * to at most one active team: two teams would each count on its guards for the same nights.
 */
/** Every member is an active enterprise at the team's station. */
async function checkMembersAt(tx: Tx, bureauId: string, stationId: string, memberIds: readonly string[]) {
  const found = await tx.enterprise.count({
    where: { id: { in: [...memberIds] }, bureauId, active: true, workstation: { stationId } },
  });
  if (found !== memberIds.length)
    throw new ActionError("errors.invalidInput", { memberIds: ["patrols.errors.memberOutsideStation"] });
}

async function checkTeam(tx: Tx, user: SessionUser, input: TeamInput, teamId?: string) {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // A new team forms at an active station; an existing team may keep the station it has.
  const station = await tx.station.findFirst({
    where: {
      id: input.stationId,
      bureauId,
      OR: [{ active: true }, ...(teamId ? [{ patrolTeams: { some: { id: teamId } } }] : [])],
    },
    select: { id: true },
  });
  if (!station) throw new ActionError("errors.invalidInput", { stationId: ["patrols.errors.stationRequired"] });
  if (input.leadOfficerId) {
    const officer = await tx.user.findFirst({
      where: { ...patrolLeaderWhere, id: input.leadOfficerId, bureauId, active: true, stationId: station.id },
      select: { id: true },
    });
    if (!officer) throw new ActionError("errors.invalidInput", { leadOfficerId: ["patrols.errors.leaderInvalid"] });
  }
  await checkMembersAt(tx, bureauId, station.id, input.memberIds);
  const taken = await tx.patrolTeamMember.findFirst({
    where: {
      enterpriseId: { in: input.memberIds },
      team: { active: true, ...(teamId ? { id: { not: teamId } } : {}) },
    },
    select: { enterprise: { select: { name: true } } },
  });
  if (taken)
    throw new ActionError(
      "errors.invalidInput",
      { memberIds: ["patrols.errors.memberTaken"] },
      { name: taken.enterprise.name },
    );
  return station.id;
}

/** A chief forms a patrol team of 7–10 neighbouring enterprises of one station, with its route. */
export async function createTeam(user: SessionUser, input: TeamInput) {
  assertAllowed(user, canManagePatrols);
  return getDb().$transaction(async (tx) => {
    const stationId = await checkTeam(tx, user, input);
    const team = await tx.patrolTeam.create({
      data: {
        bureauId: user.bureauId,
        stationId,
        name: input.name,
        leadOfficerId: input.leadOfficerId ?? null,
        guardsPerNight: input.guardsPerNight,
        routeName: input.routeName,
        checkpoints: input.checkpoints,
        members: { create: input.memberIds.map((enterpriseId) => ({ enterpriseId })) },
      },
    });
    await recordAudit(tx, user, {
      action: "patrol.team.create",
      entity: "PatrolTeam",
      entityId: team.id,
      after: { ...input },
    });
    return { id: team.id };
  });
}

/**
 * A chief edits a team: its details, route and members, or stands it down. Standing a team down
 * cancels its planned future nights, so nobody turns up for a team that no longer exists.
 */
export async function updateTeam(user: SessionUser, { teamId, version, active, ...input }: UpdateTeamInput) {
  assertAllowed(user, canManagePatrols);
  return getDb().$transaction(async (tx) => {
    const team = await tx.patrolTeam.findFirst({
      where: { AND: [{ id: teamId }, teamScope(user)] },
      include: { members: true },
    });
    if (!team) throw new NotFoundError();
    assertSeenVersion(team, version);
    // A stood-down team holds no enterprise, so only an active team's members are checked against others.
    const stationId = active ? await checkTeam(tx, user, input, team.id) : team.stationId;
    if (!active && input.stationId !== team.stationId)
      throw new ActionError("errors.invalidInput", { stationId: ["patrols.errors.stationRequired"] });
    // Standing down, the members still have to be enterprises of the station; only whether another
    // active team holds them stops mattering.
    if (!active) await checkMembersAt(tx, requireScopeId(user.bureauId, "bureau"), team.stationId, input.memberIds);
    await updateIfUnchanged(
      tx.patrolTeam,
      { id: team.id, version },
      {
        stationId,
        name: input.name,
        leadOfficerId: input.leadOfficerId ?? null,
        guardsPerNight: input.guardsPerNight,
        routeName: input.routeName,
        checkpoints: input.checkpoints,
        active,
      },
    );
    const before = team.members.map((m) => m.enterpriseId);
    const removed = before.filter((id) => !input.memberIds.includes(id));
    const added = input.memberIds.filter((id) => !before.includes(id));
    if (removed.length) {
      await tx.patrolTeamMember.deleteMany({ where: { teamId: team.id, enterpriseId: { in: removed } } });
      // A former member no longer sends guards; its coming nights are left short, which the rota page
      // flags for the chief to fill by hand rather than silently picking someone.
      await tx.patrolShiftEnterprise.deleteMany({
        where: {
          enterpriseId: { in: removed },
          shift: { teamId: team.id, status: "PLANNED", date: { gte: dbDate(todayInChina()) } },
        },
      });
    }
    if (added.length)
      await tx.patrolTeamMember.createMany({ data: added.map((enterpriseId) => ({ teamId: team.id, enterpriseId })) });
    let cancelled = 0;
    if (team.active && !active) {
      ({ count: cancelled } = await tx.patrolShift.updateMany({
        where: { teamId: team.id, status: "PLANNED", date: { gte: dbDate(todayInChina()) } },
        data: { status: "CANCELLED", version: { increment: 1 } },
      }));
    }
    await recordAudit(tx, user, {
      action: "patrol.team.update",
      entity: "PatrolTeam",
      entityId: team.id,
      before: {
        name: team.name,
        leadOfficerId: team.leadOfficerId,
        guardsPerNight: team.guardsPerNight,
        active: team.active,
        members: before,
        version,
      },
      after: { ...input, active, added, removed, cancelledShifts: cancelled, version: version + 1 },
    });
    return { id: team.id, version: version + 1 };
  });
}

/**
 * A liaison (for their own enterprise) or a chief marks a future date on which the enterprise cannot
 * send guards, or clears it. Months whose rota is published are closed to this (see policy).
 */
export async function setUnavailability(user: SessionUser, input: UnavailabilityInput) {
  assertAllowed(user, canMarkUnavailability);
  if (!canMarkUnavailableFor(user, input.enterpriseId)) throw new NotFoundError();
  return getDb().$transaction(async (tx) => {
    const member = await tx.patrolTeamMember.findFirst({
      where: { enterpriseId: input.enterpriseId, team: { AND: [{ active: true }, teamScope(user)] } },
      select: { teamId: true },
    });
    if (!member) throw new NotFoundError();
    if (input.date <= todayInChina())
      throw new ActionError("errors.invalidInput", { date: ["patrols.errors.datePast"] });
    const rota = await tx.patrolRota.findUnique({
      where: { teamId_month: { teamId: member.teamId, month: monthStart(monthOf(input.date)) } },
      select: { status: true },
    });
    if (rota?.status === "PUBLISHED")
      throw new ActionError("errors.invalidInput", { date: ["patrols.errors.monthPublished"] });
    const key = { teamId: member.teamId, enterpriseId: input.enterpriseId, date: dbDate(input.date) };
    if (input.unavailable)
      await tx.patrolUnavailability.upsert({ where: { teamId_enterpriseId_date: key }, create: key, update: {} });
    else await tx.patrolUnavailability.deleteMany({ where: key });
    await recordAudit(tx, user, {
      action: input.unavailable ? "patrol.unavailable.mark" : "patrol.unavailable.clear",
      entity: "PatrolTeam",
      entityId: member.teamId,
      after: { enterpriseId: input.enterpriseId, date: input.date },
    });
    return { teamId: member.teamId };
  });
}

/**
 * A chief drafts (or redrafts) a team's rota for a month: every night from today on gets its
 * enterprises by planRotation. Nights that already have a shift outside this draft (logged, or
 * planned before rotas existed) are left as they are. Returns the nights that could not be filled.
 */
export async function generateRota(user: SessionUser, { teamId, month }: GenerateRotaInput) {
  assertAllowed(user, canManagePatrols);
  const today = todayInChina();
  if (month < monthOf(today)) throw new ActionError("errors.invalidInput", { month: ["patrols.errors.monthPast"] });
  return getDb().$transaction(async (tx) => {
    const team = await tx.patrolTeam.findFirst({
      where: { AND: [{ id: teamId, active: true }, teamScope(user)] },
      include: { members: { where: { enterprise: { active: true } }, orderBy: { joinedAt: "asc" } } },
    });
    if (!team) throw new NotFoundError();
    const existing = await tx.patrolRota.findUnique({
      where: { teamId_month: { teamId: team.id, month: monthStart(month) } },
    });
    if (existing?.status === "PUBLISHED") throw new ActionError("patrols.errors.rotaPublished");
    const rota = existing ?? (await tx.patrolRota.create({ data: { teamId: team.id, month: monthStart(month) } }));
    // Only this draft's own unlogged nights are replaced.
    await tx.patrolShift.deleteMany({ where: { rotaId: rota.id, status: "PLANNED", log: null } });
    const all = daysOfMonth(month, month === monthOf(today) ? today : undefined);
    if (all.length === 0) throw new ActionError("errors.invalidInput", { month: ["patrols.errors.monthPast"] });
    const taken = await tx.patrolShift.findMany({
      where: { teamId: team.id, date: { gte: dbDate(all[0]!), lte: dbDate(all.at(-1)!) } },
      select: { date: true },
    });
    const takenDates = new Set(taken.map((s) => fromDbDate(s.date)));
    const days = all.filter((d) => !takenDates.has(d));
    const before = await tx.patrolShift.findUnique({
      where: { teamId_date: { teamId: team.id, date: dbDate(addDays(all[0]!, -1)) } },
      select: { status: true, enterprises: { select: { enterpriseId: true } } },
    });
    const blackouts = await tx.patrolUnavailability.findMany({
      where: { teamId: team.id, date: { gte: dbDate(all[0]!), lte: dbDate(all.at(-1)!) } },
    });
    const unavailable = new Map<string, Set<string>>();
    for (const b of blackouts)
      unavailable.set(b.enterpriseId, (unavailable.get(b.enterpriseId) ?? new Set()).add(fromDbDate(b.date)));
    const { nights, unfilled } = planRotation({
      members: team.members.map((m) => m.enterpriseId),
      // Nights around one already held count as adjacent here, which only errs towards more rest.
      days,
      guardsPerNight: team.guardsPerNight,
      unavailable,
      previousNight:
        before && before.status !== "CANCELLED" ? before.enterprises.map((e) => e.enterpriseId) : undefined,
      isRestNight: restNightTest(await holidaysOf(tx, team.bureauId)),
    });
    for (const night of nights) {
      await tx.patrolShift.create({
        data: {
          bureauId: team.bureauId,
          teamId: team.id,
          rotaId: rota.id,
          date: dbDate(night.date),
          leadOfficerId: team.leadOfficerId,
          enterprises: {
            create: night.enterprises.map((enterpriseId) => ({ enterpriseId, guards: GUARDS_PER_ENTERPRISE })),
          },
        },
      });
    }
    await tx.patrolRota.update({ where: { id: rota.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, user, {
      action: "patrol.rota.generate",
      entity: "PatrolRota",
      entityId: rota.id,
      after: { teamId: team.id, month, nights: nights.length, unfilled },
    });
    return { rotaId: rota.id, teamId: team.id, month, nights: nights.length, unfilled };
  });
}

/**
 * A chief changes who is on duty one night. On a published rota the liaisons of the enterprises that
 * joined or left the night are told; a draft is nobody's business yet.
 */
export async function editNight(user: SessionUser, { shiftId, version, enterpriseIds }: EditNightInput) {
  assertAllowed(user, canManagePatrols);
  return getDb().$transaction(async (tx) => {
    const shift = await tx.patrolShift.findFirst({
      where: { AND: [{ id: shiftId }, shiftScope(user)] },
      include: { team: { include: { members: true } }, rota: true, enterprises: true },
    });
    if (!shift) throw new NotFoundError();
    assertSeenVersion(shift, version);
    if (shift.status !== "PLANNED" || fromDbDate(shift.date) < todayInChina())
      throw new ActionError("patrols.errors.nightClosed");
    const ids = [...new Set(enterpriseIds)];
    const members = new Set(shift.team.members.map((m) => m.enterpriseId));
    if (ids.length > shift.team.guardsPerNight || ids.some((id) => !members.has(id))) {
      throw new ActionError(
        "errors.invalidInput",
        {
          enterpriseIds: [
            ids.length > shift.team.guardsPerNight ? "patrols.errors.nightTooMany" : "patrols.errors.notMember",
          ],
        },
        { max: shift.team.guardsPerNight },
      );
    }
    const away = await tx.patrolUnavailability.findFirst({
      where: { teamId: shift.teamId, date: shift.date, enterpriseId: { in: ids } },
      select: { enterprise: { select: { name: true } } },
    });
    if (away)
      throw new ActionError(
        "errors.invalidInput",
        { enterpriseIds: ["patrols.errors.memberUnavailable"] },
        { name: away.enterprise.name },
      );
    // The night's enterprises live in their own rows; the shift's version guards them all the same.
    await updateIfUnchanged(tx.patrolShift, { id: shift.id, version, status: "PLANNED" }, {});
    const before = shift.enterprises.map((e) => e.enterpriseId);
    await tx.patrolShiftEnterprise.deleteMany({ where: { shiftId: shift.id } });
    await tx.patrolShiftEnterprise.createMany({
      data: ids.map((enterpriseId) => ({ shiftId: shift.id, enterpriseId, guards: GUARDS_PER_ENTERPRISE })),
    });
    const changed = [...before.filter((id) => !ids.includes(id)), ...ids.filter((id) => !before.includes(id))];
    const date = fromDbDate(shift.date);
    if (shift.rota?.status === "PUBLISHED" && changed.length) {
      const recipients = (await Promise.all(changed.map((id) => liaisonsOf(tx, id)))).flat();
      await notify(tx, recipients, {
        kind: "patrolDutyChanged",
        params: { team: shift.team.name, date },
        link: "/patrols",
        actorId: user.id,
      });
    }
    await recordAudit(tx, user, {
      action: "patrol.night.edit",
      entity: "PatrolShift",
      entityId: shift.id,
      before: { enterprises: before, version },
      after: { enterprises: ids, version: version + 1 },
    });
    return { id: shift.id, version: version + 1, date };
  });
}

/** A chief publishes a drafted rota; the liaisons of every member enterprise are told to look up their nights. */
export async function publishRota(user: SessionUser, { rotaId, version }: PublishRotaInput) {
  assertAllowed(user, canManagePatrols);
  return getDb().$transaction(async (tx) => {
    const rota = await tx.patrolRota.findFirst({
      where: { id: rotaId, team: teamScope(user) },
      include: { team: { include: { members: true } } },
    });
    if (!rota) throw new NotFoundError();
    assertSeenVersion(rota, version);
    if (rota.status !== "DRAFT") throw new ActionError("patrols.errors.rotaPublished");
    await updateIfUnchanged(
      tx.patrolRota,
      { id: rota.id, version, status: "DRAFT" },
      { status: "PUBLISHED", publishedAt: clock.now() },
    );
    const month = fromDbDate(rota.month).slice(0, 7);
    const recipients = (await Promise.all(rota.team.members.map((m) => liaisonsOf(tx, m.enterpriseId)))).flat();
    await notify(tx, recipients, {
      kind: "patrolRotaPublished",
      params: { team: rota.team.name, month },
      link: "/patrols",
      actorId: user.id,
    });
    await recordAudit(tx, user, {
      action: "patrol.rota.publish",
      entity: "PatrolRota",
      entityId: rota.id,
      before: { status: "DRAFT", version },
      after: { status: "PUBLISHED", version: version + 1 },
    });
    return { id: rota.id, teamId: rota.teamId, month, version: version + 1, link: rotaLink(rota.teamId, month) };
  });
}

/**
 * The leading officer (or a chief) records the night's patrol and lists the hazards it found, each
 * against the member enterprise where it was seen: all of it is written, or none of it. A night can
 * be logged from its evening on; one logged after the following day is marked late.
 */
export async function logShift(user: SessionUser, { hazards = [], shiftId, version, ...input }: LogShiftInput) {
  assertAllowed(user, canLogPatrols);
  const photos: PreparedUpload[][] = [];
  try {
    // Photos are checked and stored before the transaction, and removed again if it fails.
    for (const [i, hazard] of hazards.entries())
      photos.push(
        hazard.attachments.length ? await prepareUploads(hazard.attachments, `hazards.${i}.attachments`) : [],
      );
    return await getDb().$transaction(async (tx) => {
      const shift = await tx.patrolShift.findFirst({
        where: { AND: [{ id: shiftId }, shiftScope(user)] },
        include: { team: { include: { members: true } } },
      });
      if (!shift) throw new NotFoundError();
      if (!canLogShift(user, shift)) throw new ActionError("errors.forbidden");
      assertSeenVersion(shift, version);
      if (shift.status === "DONE") throw new ActionError("patrols.errors.alreadyLogged");
      if (shift.status === "CANCELLED") throw new ActionError("patrols.errors.shiftCancelled");
      const date = fromDbDate(shift.date);
      const today = todayInChina();
      if (date > today) throw new ActionError("patrols.errors.shiftInFuture");
      const startDay = todayInChina(input.startedAt);
      if (startDay !== date && startDay !== addDays(date, 1))
        throw new ActionError("errors.invalidInput", { startedAt: ["patrols.errors.startOutsideNight"] });
      if (input.endedAt.getTime() - input.startedAt.getTime() > MAX_PATROL_HOURS * HOUR_MS)
        throw new ActionError(
          "errors.invalidInput",
          { endedAt: ["patrols.errors.tooLong"] },
          { hours: MAX_PATROL_HOURS },
        );
      const route = new Set(shift.team.checkpoints);
      const passed = [...new Set(input.checkpointsPassed)];
      if (passed.some((p) => !route.has(p)))
        throw new ActionError("errors.invalidInput", { checkpointsPassed: ["patrols.errors.checkpointUnknown"] });
      const members = new Set(shift.team.members.map((m) => m.enterpriseId));
      const active = new Set(
        (await tx.enterprise.findMany({ where: { id: { in: [...members] }, active: true }, select: { id: true } })).map(
          (e) => e.id,
        ),
      );
      const wrong = hazards.findIndex((h) => !active.has(h.enterpriseId));
      if (wrong >= 0)
        throw new ActionError("errors.invalidInput", {
          [`hazards.${wrong}.enterpriseId`]: ["patrols.errors.hazardEnterprise"],
        });

      await updateIfUnchanged(tx.patrolShift, { id: shift.id, version, status: "PLANNED" }, { status: "DONE" });
      // Logged after the morning following the night: the record is kept but flagged as written late.
      const late = today > addDays(date, 1);
      const log = await tx.patrolLog.create({
        data: { shiftId: shift.id, ...input, checkpointsPassed: passed, recordedById: user.id, late },
      });
      await recordAudit(tx, user, {
        action: "patrol.shift.log",
        entity: "PatrolShift",
        entityId: shift.id,
        after: {
          logId: log.id,
          kind: log.kind,
          late,
          personsChecked: log.personsChecked,
          vehiclesChecked: log.vehiclesChecked,
          hazards: hazards.length,
        },
      });
      const hazardIds: string[] = [];
      for (const [i, { enterpriseId, ...draft }] of hazards.entries()) {
        const { id } = await recordHazard(
          tx,
          user,
          enterpriseId,
          draft,
          { source: "PATROL", patrolLogId: log.id },
          photos[i]!,
        );
        hazardIds.push(id);
      }
      return { shiftId: shift.id, logId: log.id, late, hazardIds };
    });
  } catch (error) {
    await discardUploads(photos.flat());
    throw error;
  }
}

/**
 * A chief attaches an enterprise's request for extra night patrols to a team of its station, so the
 * team's route covers it; an empty team detaches it.
 */
export async function attachPatrolRequest(user: SessionUser, { ticketId, teamId }: AttachRequestInput) {
  assertAllowed(user, canManagePatrols);
  const bureauId = requireScopeId(user.bureauId, "bureau");
  return getDb().$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({
      where: { id: ticketId, bureauId, category: "PATROL_REQUEST" },
      select: {
        id: true,
        patrolTeamId: true,
        enterprise: { select: { workstation: { select: { stationId: true } } } },
      },
    });
    if (!ticket) throw new NotFoundError();
    if (teamId) {
      const team = await tx.patrolTeam.findFirst({
        where: { AND: [{ id: teamId, active: true }, teamScope(user)] },
        select: { stationId: true },
      });
      if (!team) throw new NotFoundError();
      if (team.stationId !== ticket.enterprise.workstation.stationId)
        throw new ActionError("errors.invalidInput", { teamId: ["patrols.errors.requestOtherStation"] });
    }
    await tx.ticket.update({ where: { id: ticket.id }, data: { patrolTeamId: teamId ?? null } });
    await recordAudit(tx, user, {
      action: "patrol.request.attach",
      entity: "Ticket",
      entityId: ticket.id,
      before: { patrolTeamId: ticket.patrolTeamId },
      after: { patrolTeamId: teamId ?? null },
    });
    return { ticketId: ticket.id, teamId: teamId ?? null };
  });
}
