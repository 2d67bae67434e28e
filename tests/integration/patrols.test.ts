import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { patrolActions } from "@/lib/patrols/actions-def";
import { patrolFigures } from "@/lib/patrols/figures";
import {
  enterprisePatrols,
  getRota,
  getShift,
  liaisonDutyNights,
  listTeams,
  teamFormOptions,
  tonightsShifts,
} from "@/lib/patrols/queries";
import { MIN_MEMBERS } from "@/lib/patrols/schemas";
import { holidaysOf, restNightTest } from "@/lib/patrols/holidays";
import { daysOfMonth, planRotation } from "@/lib/patrols/rotation";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

/**
 * The tests run on the 10th of November 2026 at 10:00 China time, whatever the wall clock says: far
 * enough from either end of the month that "this month", "next month" and the nights around today
 * never cross a month boundary by accident.
 */
const NOW = "2026-11-10T10:00:00+08:00";
/** China dates and months, written out independently of lib/patrols. */
const chinaDay = (offsetDays = 0) => chinaDate(addDays(clock.now(), offsetDays));
const monthAfter = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};
const THIS_MONTH = NOW.slice(0, 7);
const NEXT_MONTH = monthAfter(THIS_MONTH);
const asDb = (date: string) => new Date(`${date}T00:00:00.000Z`);

const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "officer3", "chief", "admin"] as const;
type Name = (typeof NAMES)[number];
const users = {} as Record<Name, SessionUser>;
let own: string; // liaison1's enterprise, a member of the Longshui Road team
let team: { id: string; stationId: string; checkpoints: string[]; version: number };
let restoreClock: () => void;

beforeAll(async () => {
  // Before the demo is loaded: its nights are laid out around the seed's "now".
  restoreClock = setClock(NOW);
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  own = users.liaison1.enterpriseId!;
  team = await getDb().patrolTeam.findFirstOrThrow({
    where: { members: { some: { enterpriseId: own } } },
    select: { id: true, stationId: true, checkpoints: true, version: true },
  });
});
afterAll(() => restoreClock());

type Case = readonly [Name, string | null];
/** Every demo role: allowed ones succeed, those that cannot see the record get "not found", the rest "forbidden". */
const refusals = (allowed: Name[], outOfScope: Name[] = []): Case[] =>
  NAMES.map(
    (n) => [n, allowed.includes(n) ? null : outOfScope.includes(n) ? "errors.notFound" : "errors.forbidden"] as const,
  );

const teamForm = async (over: Record<string, unknown> = {}) => {
  const current = await getDb().patrolTeam.findUniqueOrThrow({ where: { id: team.id }, include: { members: true } });
  return {
    teamId: current.id,
    version: current.version,
    name: current.name,
    stationId: current.stationId,
    leadOfficerId: current.leadOfficerId ?? "",
    guardsPerNight: String(current.guardsPerNight),
    routeName: current.routeName,
    checkpoints: current.checkpoints.join("\n"),
    memberIds: current.members.map((m) => m.enterpriseId),
    active: "on",
    ...over,
  };
};

/** A planned night of the team that can be logged: a fresh one `daysAgo` nights back, made for the test. */
async function pastShift(daysAgo: number) {
  const date = asDb(chinaDay(-daysAgo));
  await getDb().patrolShift.deleteMany({ where: { teamId: team.id, date } });
  const t = await getDb().patrolTeam.findUniqueOrThrow({ where: { id: team.id } });
  return getDb().patrolShift.create({
    data: {
      bureauId: t.bureauId,
      teamId: t.id,
      date,
      leadOfficerId: users.officer3.id,
      enterprises: { create: [{ enterpriseId: own, guards: 2 }] },
    },
  });
}

const logInput = (shift: { id: string; version: number; date: Date }, over: Record<string, unknown> = {}) => {
  const day = shift.date.toISOString().slice(0, 10);
  return {
    shiftId: shift.id,
    version: String(shift.version),
    kind: "FOOT",
    startedAt: `${day}T21:00`,
    endedAt: `${day}T23:30`,
    checkpointsPassed: team.checkpoints.slice(0, 2),
    personsChecked: "6",
    vehiclesChecked: "3",
    guardPersonTimes: "7",
    incidents: "",
    notes: "沿线照明正常。",
    ...over,
  };
};

describe("who may do what", () => {
  it.each(refusals(["chief"]))("create a team as %s → %s", async (name, error) => {
    const free = await getDb().enterprise.findMany({
      where: { workstation: { code: "ws-nev" }, patrolMemberships: { none: {} } },
      select: { id: true },
    });
    const station = await getDb().station.findFirstOrThrow({ where: { code: "jiangshan" } });
    // Not enough free enterprises in Jiangshan for a real team: the allowed role is refused at the members field.
    const result = await runAs(users[name], patrolActions.createTeam, {
      name: "测试队",
      stationId: station.id,
      guardsPerNight: "2",
      checkpoints: "甲",
      memberIds: free.map((e) => e.id),
    });
    if (error) expect(result).toMatchObject({ ok: false, message: error });
    else expect(result).toMatchObject({ ok: false, fieldErrors: { memberIds: ["patrols.errors.memberCount"] } });
  });

  it.each(refusals(["chief"]))("edit the team as %s → %s", async (name, error) => {
    const result = await runAs(users[name], patrolActions.updateTeam, await teamForm({ routeName: `巡线 ${name}` }));
    expect(result).toMatchObject(error ? { ok: false, message: error } : { ok: true });
  });

  it.each(refusals(["chief"]))("generate, edit a night and publish as %s → %s", async (name, error) => {
    const month = error ? NEXT_MONTH : monthAfter(NEXT_MONTH);
    const generated = await runAs(users[name], patrolActions.generateRota, { teamId: team.id, month });
    expect(generated).toMatchObject(error ? { ok: false, message: error } : { ok: true });
    const rota = await getDb().patrolRota.findFirst({ where: { teamId: team.id, month: asDb(`${month}-01`) } });
    if (error) {
      // The chief's own draft, to try the other two actions on.
      const draft =
        rota ?? (await getDb().patrolRota.create({ data: { teamId: team.id, month: asDb(`${month}-01`) } }));
      const shift = await getDb().patrolShift.findFirst({ where: { rotaId: draft.id } });
      if (shift)
        expect(
          await runAs(users[name], patrolActions.editNight, {
            shiftId: shift.id,
            version: shift.version,
            enterpriseIds: [own],
          }),
        ).toMatchObject({ ok: false, message: error });
      expect(
        await runAs(users[name], patrolActions.publishRota, { rotaId: draft.id, version: draft.version }),
      ).toMatchObject({ ok: false, message: error });
      return;
    }
    const shift = await getDb().patrolShift.findFirstOrThrow({ where: { rotaId: rota!.id }, orderBy: { date: "asc" } });
    expect(
      await runAs(users[name], patrolActions.editNight, {
        shiftId: shift.id,
        version: shift.version,
        enterpriseIds: [own],
      }),
    ).toMatchObject({ ok: true });
    const fresh = await getDb().patrolRota.findUniqueOrThrow({ where: { id: rota!.id } });
    expect(
      await runAs(users[name], patrolActions.publishRota, { rotaId: fresh.id, version: fresh.version }),
    ).toMatchObject({ ok: true });
  });

  it.each(refusals(["officer3", "chief"], ["officer2"]))("log a shift of the team as %s → %s", async (name, error) => {
    const shift = await pastShift(20 + NAMES.indexOf(name));
    const result = await runAs(users[name], patrolActions.logShift, logInput(shift));
    // officer1 is of the same station: they see the shift but do not lead it.
    expect(result).toMatchObject(error ? { ok: false, message: error } : { ok: true });
  });

  it.each(refusals(["liaison1", "chief"], ["liaison2"]))(
    "mark liaison1's enterprise unavailable as %s → %s",
    async (name, error) => {
      const date = `${monthAfter(monthAfter(NEXT_MONTH))}-1${NAMES.indexOf(name)}`;
      const result = await runAs(users[name], patrolActions.setUnavailability, {
        enterpriseId: own,
        date,
        unavailable: "on",
      });
      expect(result).toMatchObject(error ? { ok: false, message: error } : { ok: true });
    },
  );

  it.each(refusals(["chief"]))("attach a patrol request as %s → %s", async (name, error) => {
    const ticket = await getDb().ticket.findFirstOrThrow({ where: { enterpriseId: own } });
    await getDb().ticket.update({ where: { id: ticket.id }, data: { category: "PATROL_REQUEST" } });
    const result = await runAs(users[name], patrolActions.attachRequest, { ticketId: ticket.id, teamId: team.id });
    expect(result).toMatchObject(error ? { ok: false, message: error } : { ok: true });
  });

  it("answers ids that do not exist, or are out of scope, with not found", async () => {
    const missing = { teamId: "nope", month: NEXT_MONTH };
    expect(await runAs(users.chief, patrolActions.generateRota, missing)).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await runAs(users.chief, patrolActions.publishRota, { rotaId: "nope", version: 0 })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(
      await runAs(users.chief, patrolActions.logShift, logInput({ id: "nope", version: 0, date: asDb(chinaDay()) })),
    ).toMatchObject({ ok: false, message: "errors.notFound" });
    const other = await getDb().ticket.findFirstOrThrow({ where: { category: { not: "PATROL_REQUEST" } } });
    expect(
      await runAs(users.chief, patrolActions.attachRequest, { ticketId: other.id, teamId: team.id }),
    ).toMatchObject({ ok: false, message: "errors.notFound" });
  });

  it("keeps reads to each user's scope", async () => {
    expect((await listTeams(users.officer2)).map((t) => t.id)).not.toContain(team.id);
    expect((await listTeams(users.officer1)).map((t) => t.id)).toContain(team.id);
    expect((await listTeams(users.liaison1)).map((t) => t.id)).toEqual([team.id]);
    expect(await listTeams(users.admin)).toEqual([]);
    const shift = await getDb().patrolShift.findFirstOrThrow({ where: { teamId: team.id } });
    expect(await getShift(users.officer2, shift.id)).toBeNull();
    expect(await getShift(users.admin, shift.id)).toBeNull();
    expect(await enterprisePatrols(users.liaison2, own)).toBeNull();
  });
});

describe("teams", () => {
  it("offers on the team form only the stations with enough enterprises outside other teams", async () => {
    const stations = await getDb().station.findMany({
      where: { bureauId: users.chief.bureauId!, active: true },
      select: { id: true, code: true },
    });
    const options = await teamFormOptions(users.chief);
    const offered = options.stations.map((s) => s.id);
    const free = (stationId: string) => options.enterprises.filter((e) => e.stationId === stationId && !e.team).length;
    for (const s of stations) expect(offered.includes(s.id), s.code).toBe(free(s.id) >= MIN_MEMBERS);
    // Jiangshan's enterprises are nearly all in its team: no second team can be formed there…
    const jiangshan = stations.find((s) => s.code === "jiangshan")!;
    expect(offered).not.toContain(jiangshan.id);
    // …but the form editing that team offers its own station.
    const jiangshanTeam = await getDb().patrolTeam.findFirstOrThrow({
      where: { stationId: jiangshan.id, active: true },
    });
    expect((await teamFormOptions(users.chief, jiangshanTeam)).stations.map((s) => s.id)).toContain(jiangshan.id);
    // The form is a convenience: createTeam still refuses the station's enterprises, at the members field.
    const rest = options.enterprises.filter((e) => e.stationId === jiangshan.id && !e.team).map((e) => e.id);
    expect(
      await runAs(users.chief, patrolActions.createTeam, {
        name: "姜山第二队",
        stationId: jiangshan.id,
        guardsPerNight: "2",
        checkpoints: "甲",
        memberIds: [
          ...rest,
          ...options.enterprises.filter((e) => e.team?.id === jiangshanTeam.id).map((e) => e.id),
        ].slice(0, 7),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { memberIds: [expect.stringMatching(/^patrols\.errors\.member/)] } });
  });

  it("checks members: 7–10, of the team's station, in no other active team; and the leader's station", async () => {
    const station = await getDb().station.findFirstOrThrow({ where: { id: team.stationId } });
    const free = await getDb().enterprise.findMany({
      where: { workstation: { stationId: station.id }, patrolMemberships: { none: {} } },
      select: { id: true },
    });
    const base = {
      name: "龙水路测试队",
      stationId: station.id,
      guardsPerNight: "2",
      checkpoints: "甲\n乙",
      leadOfficerId: users.officer1.id,
    };
    expect(
      await runAs(users.chief, patrolActions.createTeam, { ...base, memberIds: free.slice(0, 6).map((e) => e.id) }),
    ).toMatchObject({ fieldErrors: { memberIds: ["patrols.errors.memberCount"] } });
    const elsewhere = await getDb().enterprise.findFirstOrThrow({
      where: { workstation: { stationId: { not: station.id } } },
    });
    const members = await getDb().patrolTeamMember.findMany({
      where: { teamId: team.id },
      select: { enterpriseId: true },
    });
    const taken = [
      own,
      ...free.map((e) => e.id),
      ...members.map((m) => m.enterpriseId).filter((id) => id !== own),
    ].slice(0, 7);
    expect(
      await runAs(users.chief, patrolActions.createTeam, { ...base, memberIds: [...taken.slice(0, 6), elsewhere.id] }),
    ).toMatchObject({ fieldErrors: { memberIds: ["patrols.errors.memberOutsideStation"] } });
    expect(await runAs(users.chief, patrolActions.createTeam, { ...base, memberIds: taken })).toMatchObject({
      fieldErrors: { memberIds: ["patrols.errors.memberTaken"] },
    });
    expect(
      await runAs(users.chief, patrolActions.createTeam, {
        ...base,
        leadOfficerId: users.officer2.id,
        memberIds: taken,
      }),
    ).toMatchObject({ fieldErrors: { leadOfficerId: ["patrols.errors.leaderInvalid"] } });
  });

  it("refuses a stale version, and standing a team down cancels its planned nights and frees its members", async () => {
    const stale = await teamForm();
    expect(
      await runAs(users.chief, patrolActions.updateTeam, await teamForm({ name: "龙水路第三警保联控队" })),
    ).toMatchObject({ ok: true });
    expect(await runAs(users.chief, patrolActions.updateTeam, stale)).toMatchObject({
      ok: false,
      message: "errors.conflict",
    });
    const jiangshan = await getDb().patrolTeam.findFirstOrThrow({
      where: { station: { code: "jiangshan" } },
      include: { members: true },
    });
    const form = {
      teamId: jiangshan.id,
      version: jiangshan.version,
      name: jiangshan.name,
      stationId: jiangshan.stationId,
      guardsPerNight: "2",
      checkpoints: jiangshan.checkpoints.join("\n"),
      memberIds: jiangshan.members.map((m) => m.enterpriseId),
    };
    const offered = async () => (await teamFormOptions(users.chief)).stations.map((s) => s.id);
    expect(await offered()).not.toContain(jiangshan.stationId);
    expect(await runAs(users.chief, patrolActions.updateTeam, form)).toMatchObject({ ok: true });
    // Its enterprises are free again, so the station is offered for a new team.
    expect(await offered()).toContain(jiangshan.stationId);
    expect(
      await getDb().patrolShift.count({
        where: { teamId: jiangshan.id, status: "PLANNED", date: { gte: asDb(chinaDay()) } },
      }),
    ).toBe(0);
    expect(await getDb().patrolShift.count({ where: { teamId: jiangshan.id, status: "CANCELLED" } })).toBeGreaterThan(
      0,
    );
    // Re-activating checks the members again and succeeds.
    expect(
      await runAs(users.chief, patrolActions.updateTeam, { ...form, version: jiangshan.version + 1, active: "on" }),
    ).toMatchObject({ ok: true });
  });
});

describe("changing members", () => {
  it("refuses a member from elsewhere also while standing the team down, and writes nothing", async () => {
    const form = await teamForm();
    const ticket = await getDb().ticket.findFirstOrThrow({ select: { id: true } });
    const elsewhere = await getDb().enterprise.findFirstOrThrow({
      where: { workstation: { stationId: { not: team.stationId } } },
      select: { id: true },
    });
    for (const stranger of [ticket.id, elsewhere.id]) {
      // Without `active`, the checkbox left unticked: the team is stood down.
      const standingDown = Object.fromEntries(
        Object.entries({ ...form, memberIds: [...form.memberIds.slice(1), stranger] }).filter(([k]) => k !== "active"),
      );
      expect(await runAs(users.chief, patrolActions.updateTeam, standingDown)).toMatchObject({
        ok: false,
        fieldErrors: { memberIds: ["patrols.errors.memberOutsideStation"] },
      });
    }
    expect(await teamForm()).toEqual(form);
  });

  it("takes a removed member off the team's coming nights, leaving them short for the chief to fill", async () => {
    const members = await getDb().patrolTeamMember.findMany({
      where: { teamId: team.id },
      orderBy: { joinedAt: "asc" },
    });
    const leaving = members.find((m) => m.enterpriseId !== own)!.enterpriseId;
    const free = await getDb().enterprise.findFirstOrThrow({
      where: { workstation: { stationId: team.stationId }, patrolMemberships: { none: {} } },
    });
    const memberIds = [...members.map((m) => m.enterpriseId).filter((id) => id !== leaving), free.id];
    expect(await runAs(users.chief, patrolActions.updateTeam, await teamForm({ memberIds }))).toMatchObject({
      ok: true,
    });
    const future = { shift: { teamId: team.id, status: "PLANNED" as const, date: { gte: asDb(chinaDay()) } } };
    expect(await getDb().patrolShiftEnterprise.count({ where: { ...future, enterpriseId: leaving } })).toBe(0);
    // Logged nights keep their history.
    expect(
      await getDb().patrolShiftEnterprise.count({
        where: { enterpriseId: leaving, shift: { teamId: team.id, status: "DONE" } },
      }),
    ).toBeGreaterThan(0);
    expect(
      await runAs(
        users.chief,
        patrolActions.updateTeam,
        await teamForm({ memberIds: members.map((m) => m.enterpriseId) }),
      ),
    ).toMatchObject({ ok: true });
  });
});

describe("the rota", () => {
  it("is drafted fairly around blackout dates, hidden from liaisons until published, then announced", async () => {
    const month = monthAfter(monthAfter(NEXT_MONTH));
    // liaison1 marked the 10th unavailable in the refusal table above; mark the 20th too.
    expect(
      await runAs(users.liaison1, patrolActions.setUnavailability, {
        enterpriseId: own,
        date: `${month}-20`,
        unavailable: "on",
      }),
    ).toMatchObject({ ok: true });
    const generated = await runAs(users.chief, patrolActions.generateRota, { teamId: team.id, month });
    expect(generated).toMatchObject({ ok: true, data: { unfilled: [] } });
    const shifts = await getDb().patrolShift.findMany({
      where: { teamId: team.id, rota: { month: asDb(`${month}-01`) } },
      include: { enterprises: true },
      orderBy: { date: "asc" },
    });
    const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
    expect(shifts).toHaveLength(days);
    const t = await getDb().patrolTeam.findUniqueOrThrow({ where: { id: team.id }, include: { members: true } });
    expect(shifts.every((s) => s.enterprises.length === t.guardsPerNight && s.leadOfficerId === t.leadOfficerId)).toBe(
      true,
    );
    // Weekend nights are shared within one, among the members with no blackout date that month.
    const awayThisMonth = await getDb().patrolUnavailability.findMany({
      where: { teamId: team.id, date: { gte: asDb(`${month}-01`), lte: asDb(`${month}-${days}`) } },
      select: { enterpriseId: true },
    });
    const weekendNights = new Map(
      t.members
        .filter((m) => !awayThisMonth.some((b) => b.enterpriseId === m.enterpriseId))
        .map((m) => [m.enterpriseId, 0]),
    );
    expect(weekendNights.size).toBeGreaterThanOrEqual(5);
    for (const s of shifts)
      if ([0, 6].includes(s.date.getUTCDay()))
        for (const e of s.enterprises)
          if (weekendNights.has(e.enterpriseId))
            weekendNights.set(e.enterpriseId, weekendNights.get(e.enterpriseId)! + 1);
    expect(Math.max(...weekendNights.values()) - Math.min(...weekendNights.values())).toBeLessThanOrEqual(1);
    for (const day of ["10", "20"])
      expect(
        shifts.find((s) => s.date.toISOString().startsWith(`${month}-${day}`))!.enterprises.map((e) => e.enterpriseId),
      ).not.toContain(own);

    expect((await getRota(users.liaison1, team.id, month))!.shifts).toEqual([]);
    const rota = await getDb().patrolRota.findFirstOrThrow({ where: { teamId: team.id, month: asDb(`${month}-01`) } });
    expect(
      await runAs(users.chief, patrolActions.publishRota, { rotaId: rota.id, version: rota.version + 1 }),
    ).toMatchObject({ ok: false, message: "errors.conflict" });
    const notesBefore = await getDb().notification.count({
      where: { userId: users.liaison1.id, kind: "patrolRotaPublished" },
    });
    expect(
      await runAs(users.chief, patrolActions.publishRota, { rotaId: rota.id, version: rota.version }),
    ).toMatchObject({ ok: true });
    expect(
      await getDb().notification.count({ where: { userId: users.liaison1.id, kind: "patrolRotaPublished" } }),
    ).toBe(notesBefore + 1);
    const seen = (await getRota(users.liaison1, team.id, month))!.shifts;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.enterprises.some((e) => e.enterpriseId === own))).toBe(true);

    // Published: no redraft, no new blackout dates, but a night can still be changed — and the liaisons hear of it.
    expect(await runAs(users.chief, patrolActions.generateRota, { teamId: team.id, month })).toMatchObject({
      ok: false,
      message: "patrols.errors.rotaPublished",
    });
    expect(
      await runAs(users.liaison1, patrolActions.setUnavailability, {
        enterpriseId: own,
        date: `${month}-25`,
        unavailable: "on",
      }),
    ).toMatchObject({ fieldErrors: { date: ["patrols.errors.monthPublished"] } });
    const away = new Set(
      (await getDb().patrolUnavailability.findMany({ where: { enterpriseId: own } })).map((b) => b.date.getTime()),
    );
    const night = shifts.find(
      (s) => !s.enterprises.some((e) => e.enterpriseId === own) && !away.has(s.date.getTime()),
    )!;
    const changed = await getDb().notification.count({
      where: { userId: users.liaison1.id, kind: "patrolDutyChanged" },
    });
    const others = night.enterprises.slice(1).map((e) => e.enterpriseId);
    expect(
      await runAs(users.chief, patrolActions.editNight, {
        shiftId: night.id,
        version: night.version,
        enterpriseIds: [own, ...others],
      }),
    ).toMatchObject({ ok: true });
    expect(await getDb().notification.count({ where: { userId: users.liaison1.id, kind: "patrolDutyChanged" } })).toBe(
      changed + 1,
    );
    // A night cannot take an enterprise on its blackout date, nor one outside the team, nor a stale version.
    const tenth = shifts.find((s) => s.date.toISOString().startsWith(`${month}-10`))!;
    expect(
      await runAs(users.chief, patrolActions.editNight, {
        shiftId: tenth.id,
        version: tenth.version,
        enterpriseIds: [own],
      }),
    ).toMatchObject({ fieldErrors: { enterpriseIds: ["patrols.errors.memberUnavailable"] } });
    const outsider = await getDb().enterprise.findFirstOrThrow({ where: { patrolMemberships: { none: {} } } });
    expect(
      await runAs(users.chief, patrolActions.editNight, {
        shiftId: tenth.id,
        version: tenth.version,
        enterpriseIds: [outsider.id],
      }),
    ).toMatchObject({ fieldErrors: { enterpriseIds: ["patrols.errors.notMember"] } });
    expect(
      await runAs(users.chief, patrolActions.editNight, {
        shiftId: night.id,
        version: night.version,
        enterpriseIds: [own],
      }),
    ).toMatchObject({ ok: false, message: "errors.conflict" });
  });

  it("refuses past months and past blackout dates", async () => {
    const past = `${Number(THIS_MONTH.slice(0, 4)) - 1}${THIS_MONTH.slice(4)}`;
    expect(await runAs(users.chief, patrolActions.generateRota, { teamId: team.id, month: past })).toMatchObject({
      fieldErrors: { month: ["patrols.errors.monthPast"] },
    });
    expect(
      await runAs(users.liaison1, patrolActions.setUnavailability, {
        enterpriseId: own,
        date: chinaDay(),
        unavailable: "on",
      }),
    ).toMatchObject({ fieldErrors: { date: ["patrols.errors.datePast"] } });
  });

  it("shows the liaison their duty nights and the officer tonight's shift", async () => {
    const nights = await liaisonDutyNights(users.liaison1);
    expect(nights.length).toBeGreaterThan(0);
    expect(nights.every((n) => n.enterprises.some((e) => e.enterpriseId === own))).toBe(true);
    const tonight = await tonightsShifts(users.officer3);
    expect(tonight.map((s) => s.date.toISOString().slice(0, 10))).toEqual([chinaDay()]);
    expect(await tonightsShifts(users.liaison1)).toEqual([]);
  });
});

describe("logging a shift", () => {
  it("marks the night done and lists its hazards against the chosen member enterprise, late when logged days after", async () => {
    const shift = await pastShift(3);
    const result = await runAs(users.officer3, patrolActions.logShift, {
      ...logInput(shift),
      "hazards.0.enterpriseId": own,
      "hazards.0.description": "围墙西侧照明损坏，夜间存在盲区。",
      "hazards.0.location": "西侧围墙",
      "hazards.0.severity": "MEDIUM",
      "hazards.0.deadline": chinaDay(10),
    });
    expect(result).toMatchObject({ ok: true, data: { late: true } });
    const done = await getShift(users.chief, shift.id);
    expect(done!.status).toBe("DONE");
    expect(done!.log!.hazards).toHaveLength(1);
    const hazard = await getDb().hazard.findUniqueOrThrow({ where: { id: done!.log!.hazards[0]!.id } });
    expect(hazard).toMatchObject({ enterpriseId: own, source: "PATROL", patrolLogId: done!.log!.id });
    expect(
      await getDb().notification.count({
        where: { userId: users.liaison1.id, kind: "hazardListed", link: `/hazards/${hazard.id}` },
      }),
    ).toBe(1);
    // One log per night.
    expect(
      await runAs(users.officer3, patrolActions.logShift, logInput({ ...shift, version: shift.version + 1 })),
    ).toMatchObject({ ok: false, message: "patrols.errors.alreadyLogged" });
  });

  // Each refusal writes nothing.
  it("is on time the morning after; refuses future nights, off-night times, unknown checkpoints, outsiders' hazards", async () => {
    const yesterday = await pastShift(1);
    const tomorrow = await getDb().patrolShift.findFirstOrThrow({
      where: { teamId: team.id, date: asDb(chinaDay(1)) },
    });
    expect(await runAs(users.officer3, patrolActions.logShift, logInput(tomorrow))).toMatchObject({
      ok: false,
      message: "patrols.errors.shiftInFuture",
    });
    expect(
      await runAs(
        users.officer3,
        patrolActions.logShift,
        logInput(yesterday, { startedAt: "2020-01-01T21:00", endedAt: "2020-01-01T22:00" }),
      ),
    ).toMatchObject({ fieldErrors: { startedAt: ["patrols.errors.startOutsideNight"] } });
    expect(
      await runAs(users.officer3, patrolActions.logShift, logInput(yesterday, { endedAt: `${chinaDay(-1)}T20:00` })),
    ).toMatchObject({ fieldErrors: { endedAt: ["patrols.errors.endBeforeStart"] } });
    expect(
      await runAs(users.officer3, patrolActions.logShift, logInput(yesterday, { checkpointsPassed: ["不存在的卡口"] })),
    ).toMatchObject({ fieldErrors: { checkpointsPassed: ["patrols.errors.checkpointUnknown"] } });
    const outsider = await getDb().enterprise.findFirstOrThrow({ where: { patrolMemberships: { none: {} } } });
    const withOutsider = {
      ...logInput(yesterday),
      "hazards.0.enterpriseId": outsider.id,
      "hazards.0.description": "隐患描述",
      "hazards.0.severity": "LOW",
      "hazards.0.deadline": chinaDay(5),
    };
    expect(await runAs(users.officer3, patrolActions.logShift, withOutsider)).toMatchObject({
      fieldErrors: { "hazards.0.enterpriseId": ["patrols.errors.hazardEnterprise"] },
    });
    expect(await getDb().patrolLog.count({ where: { shiftId: yesterday.id } })).toBe(0);
    expect(await runAs(users.officer3, patrolActions.logShift, logInput(yesterday, { kind: "VIDEO" }))).toMatchObject({
      ok: true,
      data: { late: false },
    });
  });
});

describe("figures", () => {
  it("counts shifts run, guards, checks, hazards and video patrols per station, within each user's scope", async () => {
    const range = { from: chinaDay(-40), to: chinaDay() };
    const county = await patrolFigures(users.chief, range);
    const dates = { gte: asDb(range.from), lte: asDb(range.to) };
    expect(county.total.shiftsRun).toBe(await getDb().patrolShift.count({ where: { status: "DONE", date: dates } }));
    const sums = await getDb().patrolLog.aggregate({
      where: { shift: { date: dates } },
      _sum: { personsChecked: true, guardPersonTimes: true },
    });
    expect(county.total.personsChecked).toBe(sums._sum.personsChecked);
    expect(county.total.guardPersonTimes).toBe(sums._sum.guardPersonTimes);
    const found = await getDb().hazard.count({ where: { patrolLog: { shift: { status: "DONE", date: dates } } } });
    expect(found).toBeGreaterThan(0);
    expect(county.total.hazardsFound).toBe(found);
    // Each station's share adds up to the county's, and no station is dropped or counted twice.
    expect(county.byStation.reduce((n, s) => n + s.hazardsFound, 0)).toBe(found);
    expect(county.total.videoPatrols).toBe(
      await getDb().patrolLog.count({ where: { kind: "VIDEO", shift: { date: dates } } }),
    );
    const longshui = county.byStation.find((s) => s.stationId === team.stationId)!;
    const mine = await patrolFigures(users.officer1, { ...range, stationId: "anything" });
    expect(mine.byStation.map((s) => s.stationId)).toEqual([users.officer1.stationId]);
    expect(longshui).toMatchObject(mine.total);
    await expect(patrolFigures(users.liaison1, range)).rejects.toThrow("errors.forbidden");
    await expect(patrolFigures(users.admin, range)).rejects.toThrow("errors.forbidden");
  });
});

describe("the holiday list", () => {
  // A month no other test plans, with a holiday week inside it (the blackout test above plans 2027-02).
  const month = "2027-10";
  const holidays = ["2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"];

  it("is the chief's, checked date by date and against a change made meanwhile", async () => {
    expect(
      await runAs(users.chief, patrolActions.setHolidays, { dates: "2027-10-01, 2027-10-32", seen: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { dates: ["patrols.holidays.errors.badDate"] } });
    expect(await runAs(users.officer1, patrolActions.setHolidays, { dates: "2027-10-01", seen: "" })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await holidaysOf(getDb(), users.chief.bureauId!)).toEqual([]);

    const saved = await runAs(users.chief, patrolActions.setHolidays, {
      dates: holidays.toReversed().join("，"),
      seen: "",
    });
    expect(saved).toMatchObject({ ok: true, data: { count: holidays.length } });
    expect(await holidaysOf(getDb(), users.chief.bureauId!)).toEqual(holidays);
    // A second chief's form, opened before that save, does not overwrite it.
    expect(await runAs(users.chief, patrolActions.setHolidays, { dates: "2027-01-01", seen: "" })).toMatchObject({
      ok: false,
      message: "errors.conflict",
    });
    expect(await holidaysOf(getDb(), users.chief.bureauId!)).toEqual(holidays);
  });

  it("shares holiday nights out like weekend nights when a rota is planned", async () => {
    const generated = await runAs(users.chief, patrolActions.generateRota, { teamId: team.id, month });
    expect(generated).toMatchObject({ ok: true });
    const shifts = await getDb().patrolShift.findMany({
      where: { teamId: team.id, rota: { month: asDb(`${month}-01`) } },
      include: { enterprises: { orderBy: { enterpriseId: "asc" } } },
      orderBy: { date: "asc" },
    });
    const t = await getDb().patrolTeam.findUniqueOrThrow({
      where: { id: team.id },
      include: { members: { where: { enterprise: { active: true } }, orderBy: { joinedAt: "asc" } } },
    });
    const plan = (isRestNight?: (date: string) => boolean) =>
      planRotation({
        members: t.members.map((m) => m.enterpriseId),
        days: daysOfMonth(month),
        guardsPerNight: t.guardsPerNight,
        isRestNight,
      }).nights.map((n) => ({ date: n.date, enterprises: n.enterprises.toSorted() }));
    const stored = shifts.map((s) => ({
      date: s.date.toISOString().slice(0, 10),
      enterprises: s.enterprises.map((e) => e.enterpriseId),
    }));
    // The rota the chief got is the one planned with the bureau's holidays, and differs from a
    // plan that knew weekends only.
    expect(stored).toEqual(plan(restNightTest(holidays)));
    expect(stored).not.toEqual(plan());
  });
});
