// Window appointment slots as the police keep them: a week opened at once (created, already there,
// already past), a day closed (unbooked slots removed, booked ones kept for their people), and the
// station scope of both. Also the enterprise's view of a request: its history and next step.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { residencyActions } from "@/lib/residency/actions-def";
import { bookSlot, cancelBooking } from "@/lib/residency/appointments";
import { fileRequest } from "@/lib/residency/commands";
import { slotStations, weekSlots } from "@/lib/residency/slot-queries";
import { recordHistory } from "@/lib/audit/queries";
import { chinaMidnight, parseChinaDate } from "@/lib/time/china";
import { setClock } from "@/lib/time/clock";
import { residentIdCheckChar } from "@/lib/validation/resident-id";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";
import { changedTables, tableChecksums } from "../support/table-checksum";

const users = {} as Record<"liaison1" | "officer1" | "officer2" | "chief" | "admin", SessionUser>;
let restoreClock: () => void;

beforeAll(async () => {
  // A Tuesday, 10:00 China time: the week began yesterday, and the demo's slots follow this "now".
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  for (const name of ["liaison1", "officer1", "officer2", "chief", "admin"] as const)
    users[name] = await sessionUserOf(name);
});
afterAll(() => restoreClock());

const day = (date: string) => parseChinaDate(date)!;
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const station = (user: SessionUser) => user.stationId!;

const open = (user: SessionUser, over: Record<string, unknown> = {}) =>
  runAs(user, residencyActions.openSlots, {
    stationId: station(users.officer1),
    week: "2026-11-30",
    weekdays: ["1", "3"],
    times: "09:00, 10:00",
    length: "30",
    capacity: "3",
    ...over,
  });

const slotsOn = (stationId: string, date: string) =>
  getDb().appointmentSlot.findMany({
    where: { stationId, startsAt: { gte: chinaMidnight(day(date)), lt: chinaMidnight(day(date) + 1) } },
    orderBy: { startsAt: "asc" },
  });

let seq = 500;
async function windowRequest() {
  const first17 = `37028519900203${String(++seq).padStart(3, "0")}`;
  const { id } = await fileRequest(users.liaison1, {
    kind: "TALENT_SETTLEMENT",
    applicantName: "周启明",
    applicantIdNumber: first17 + residentIdCheckChar(first17),
    applicantPhone: "13812345678",
    education: "MASTER",
    serviceMode: "APPOINTMENT",
    greenChannel: false,
    greenChannelReason: "",
  });
  return id;
}

describe("opening a week of slots", () => {
  it("creates every planned slot at the station in China time and records who did", async () => {
    const result = await open(users.officer1);
    expect(result).toEqual({ ok: true, data: { created: 4, existing: 0, past: 0 } });
    const monday = await slotsOn(station(users.officer1), "2026-11-30");
    expect(monday.map((s) => [s.startsAt, s.endsAt, s.capacity, s.booked])).toEqual([
      [at("2026-11-30", "09:00"), at("2026-11-30", "09:30"), 3, 0],
      [at("2026-11-30", "10:00"), at("2026-11-30", "10:30"), 3, 0],
    ]);
    expect(await slotsOn(station(users.officer1), "2026-12-01")).toEqual([]);
    expect(await slotsOn(station(users.officer1), "2026-12-02")).toHaveLength(2);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "residency.slots.open", entityId: station(users.officer1) },
    });
    expect(event).toMatchObject({ actorId: users.officer1.id, entity: "Station" });
    expect(event.after).toMatchObject({ week: "2026-11-30", times: ["09:00", "10:00"], created: 4 });
  });

  it("leaves a slot already open at the same start as it was, and counts it", async () => {
    await getDb().appointmentSlot.updateMany({
      where: { stationId: station(users.officer1), startsAt: at("2026-11-30", "09:00") },
      data: { booked: 1 },
    });
    const result = await open(users.officer1, { times: "09:00 10:00 11:00", capacity: "5" });
    expect(result).toEqual({ ok: true, data: { created: 2, existing: 4, past: 0 } });
    const monday = await slotsOn(station(users.officer1), "2026-11-30");
    expect(monday.map((s) => [s.capacity, s.booked])).toEqual([
      [3, 1],
      [3, 0],
      [5, 0],
    ]);
  });

  it("does not open starts already past in the current week", async () => {
    // Monday and Tuesday 09:00 are past; Wednesday 09:00 is one of the demo's slots.
    const result = await open(users.officer1, { week: "2026-11-09", weekdays: ["1", "2", "3"], times: "09:00 16:00" });
    expect(result).toEqual({ ok: true, data: { created: 2, existing: 1, past: 3 } });
  });

  it("lets the chief open slots at any station of the county, and an officer only at their own", async () => {
    const other = station(users.officer2);
    expect(await open(users.chief, { stationId: other, weekdays: "2" })).toEqual({
      ok: true,
      data: { created: 2, existing: 0, past: 0 },
    });
    const before = await tableChecksums();
    expect(await open(users.officer1, { stationId: other, weekdays: "4" })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await open(users.liaison1)).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await open(users.admin)).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(changedTables(before, await tableChecksums())).toEqual([]);
  });

  it("answers mistakes at their fields", async () => {
    const result = await open(users.officer1, { week: "2026-12-01", weekdays: [], times: "09:00 09:15", length: "0" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        week: ["residency.slots.errors.weekInvalid"],
        weekdays: ["residency.slots.errors.weekdaysRequired"],
        length: ["residency.slots.errors.lengthInvalid"],
      },
    });
    expect(await open(users.officer1, { times: "09:00 09:15" })).toMatchObject({
      fieldErrors: { times: ["residency.slots.errors.overlap"] },
    });
    expect(await open(users.officer1, { times: "9点" })).toMatchObject({
      fieldErrors: { times: ["residency.slots.errors.timesInvalid"] },
    });
    expect(await open(users.officer1, { week: "2026-11-02" })).toMatchObject({
      fieldErrors: { week: ["residency.slots.errors.weekInvalid"] },
    });
    expect(await open(users.officer1, { capacity: "51" })).toMatchObject({
      fieldErrors: { capacity: ["residency.slots.errors.capacityInvalid"] },
    });
  });

  it("lists the week by day for the stations in the user's scope", async () => {
    expect((await slotStations(users.officer1)).map((s) => s.id)).toEqual([station(users.officer1)]);
    const county = await slotStations(users.chief);
    expect(county.map((s) => s.id)).toEqual(expect.arrayContaining([station(users.officer1), station(users.officer2)]));
    expect(await slotStations(users.liaison1)).toEqual([]);
    const week = await weekSlots(users.officer1, station(users.officer1), day("2026-11-30"));
    expect(week.map((d) => d.slots.length)).toEqual([3, 0, 3, 0, 0, 0, 0]);
    expect(
      (await weekSlots(users.officer1, station(users.officer2), day("2026-11-30"))).flatMap((d) => d.slots),
    ).toEqual([]);
  });
});

describe("closing a day", () => {
  const close = (user: SessionUser, date: string, stationId = station(users.officer1)) =>
    runAs(user, residencyActions.closeDay, { stationId, date });

  it("removes the unbooked slots and keeps a booked one for its people, taking no more bookings", async () => {
    const [nine, ten] = await slotsOn(station(users.officer1), "2026-12-02");
    const request = await windowRequest();
    await bookSlot(users.liaison1, { requestId: request, slotId: ten!.id });
    expect(await close(users.officer1, "2026-12-02")).toEqual({
      ok: true,
      data: { removed: 2, kept: 1, booked: 1 },
    });
    const left = await slotsOn(station(users.officer1), "2026-12-02");
    expect(left.map((s) => [s.id, s.capacity, s.booked])).toEqual([[ten!.id, 1, 1]]);
    expect(await getDb().appointmentSlot.findUnique({ where: { id: nine!.id } })).toBeNull();
    // The booking stands; nobody else gets in.
    expect(await getDb().appointment.findUniqueOrThrow({ where: { requestId: request } })).toMatchObject({
      slotId: ten!.id,
      cancelledAt: null,
    });
    const another = await windowRequest();
    await expect(bookSlot(users.liaison1, { requestId: another, slotId: ten!.id })).rejects.toMatchObject({
      fieldErrors: { slotId: ["residency.errors.slotFull"] },
    });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "residency.slots.closeDay" } });
    expect(event.after).toMatchObject({ date: "2026-12-02", removed: 2, kept: 1, booked: 1 });
  });

  it("keeps a slot whose only booking was cancelled, as the record of that appointment", async () => {
    const [nine] = await slotsOn(station(users.officer1), "2026-11-30");
    const request = await windowRequest();
    // 09:00 already has one place taken (set above); book and cancel another.
    await bookSlot(users.liaison1, { requestId: request, slotId: nine!.id });
    await cancelBooking(users.liaison1, { requestId: request });
    await getDb().appointmentSlot.update({ where: { id: nine!.id }, data: { booked: 0 } });
    expect(await close(users.officer1, "2026-11-30")).toEqual({
      ok: true,
      data: { removed: 2, kept: 1, booked: 0 },
    });
    expect(await getDb().appointmentSlot.findUniqueOrThrow({ where: { id: nine!.id } })).toMatchObject({
      capacity: 0,
      booked: 0,
    });
  });

  it("refuses a past day, a day without slots, and a station not the user's", async () => {
    expect(await close(users.officer1, "2026-11-09")).toMatchObject({
      fieldErrors: { date: ["residency.slots.errors.dayPast"] },
    });
    expect(await close(users.officer1, "2026-12-05")).toMatchObject({
      ok: false,
      message: "residency.slots.errors.nothingToClose",
    });
    const before = await tableChecksums();
    expect(await close(users.officer2, "2026-11-11")).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await close(users.liaison1, "2026-11-11")).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(changedTables(before, await tableChecksums())).toEqual([]);
    // The chief closes any station's day of the county.
    expect(await close(users.chief, "2026-12-01", station(users.officer2))).toMatchObject({
      ok: true,
      data: { removed: 2, kept: 0, booked: 0 },
    });
  });
});

describe("a request's history for the enterprise", () => {
  it("tells who filed, booked and moved, in order", async () => {
    const request = await windowRequest();
    const [first, second] = (await slotsOn(station(users.officer1), "2026-11-12")).filter((s) => s.booked < s.capacity);
    await bookSlot(users.liaison1, { requestId: request, slotId: first!.id });
    await bookSlot(users.liaison1, { requestId: request, slotId: second!.id });
    const history = await recordHistory(users.liaison1, "ResidencyRequest", request);
    expect(history.rows.map((r) => r.action).toReversed()).toEqual([
      "residency.create",
      "residency.book",
      "residency.moveAppointment",
    ]);
    expect(history.rows.every((r) => r.actor?.id === users.liaison1.id)).toBe(true);
  });
});
