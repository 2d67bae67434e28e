// Window appointment slots as the police keep them: opening a week at once and closing a day.
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { recordAudit } from "../audit/record.ts";
import { chinaMidnight, dayNumberToDate } from "../time/china.ts";
import { clock } from "../time/clock.ts";
import { canManageSlots, slotStationScope } from "./policy.ts";
import { formatMinutes, planSlots } from "./slot-plan.ts";
import type { CloseDayInput, OpenSlotsInput } from "./slot-schemas.ts";

type Tx = Prisma.TransactionClient;

/** The station, when it is active and its slots are the user's to keep; otherwise "not found". */
async function keptStation(tx: Tx, user: SessionUser, stationId: string) {
  assertAllowed(user, canManageSlots);
  const station = await tx.station.findFirst({
    where: { AND: [{ id: stationId, active: true }, slotStationScope(user)] },
    select: { id: true, bureauId: true },
  });
  if (!station) throw new NotFoundError();
  return station;
}

export type OpenSlotsResult = { created: number; existing: number; past: number };

/**
 * Opens the planned slots of a week. A slot whose start is already taken at the station (the unique
 * station + start) is left as it is, with its places and bookings; a start already past is not
 * opened. The answer counts each, so the officer sees what the week now holds.
 */
export async function openSlots(user: SessionUser, input: OpenSlotsInput): Promise<OpenSlotsResult> {
  return getDb().$transaction(async (tx) => {
    const station = await keptStation(tx, user, input.stationId);
    const now = clock.now();
    const planned = planSlots({
      monday: input.week,
      weekdays: input.weekdays,
      starts: input.times,
      length: input.length,
    });
    const future = planned.filter((slot) => slot.startsAt > now);
    const { count } = await tx.appointmentSlot.createMany({
      data: future.map((slot) => ({
        bureauId: station.bureauId,
        stationId: station.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        capacity: input.capacity,
      })),
      skipDuplicates: true,
    });
    const result = { created: count, existing: future.length - count, past: planned.length - future.length };
    await recordAudit(tx, user, {
      action: "residency.slots.open",
      entity: "Station",
      entityId: station.id,
      after: {
        week: dayNumberToDate(input.week),
        weekdays: input.weekdays,
        times: input.times.map(formatMinutes),
        length: input.length,
        capacity: input.capacity,
        ...result,
      },
    });
    return result;
  });
}

export type CloseDayResult = { removed: number; kept: number; booked: number };

/**
 * Closes a day at a station: it takes no more bookings. Slots nobody ever booked are removed; a
 * slot with bookings stays for those already booked, its places cut to what is booked, so no
 * appointment an enterprise holds disappears without a word. The answer says how many people are
 * still expected that day.
 */
export async function closeDay(user: SessionUser, input: CloseDayInput): Promise<CloseDayResult> {
  return getDb().$transaction(async (tx) => {
    const station = await keptStation(tx, user, input.stationId);
    const from = chinaMidnight(input.date);
    const to = chinaMidnight(input.date + 1);
    // Cutting the places first locks the day's slots: a booking under way either commits before
    // (and its place is kept) or finds the slot full after.
    await tx.$executeRaw`
      UPDATE "AppointmentSlot" SET "capacity" = "booked"
      WHERE "stationId" = ${station.id} AND "startsAt" >= ${from} AND "startsAt" < ${to}`;
    const day = { stationId: station.id, startsAt: { gte: from, lt: to } };
    const slots = await tx.appointmentSlot.findMany({ where: day, select: { booked: true } });
    if (slots.length === 0) throw new ActionError("residency.slots.errors.nothingToClose");
    // A cancelled appointment still names its slot, so such a slot stays (with no places) as its record.
    const { count: removed } = await tx.appointmentSlot.deleteMany({
      where: { ...day, booked: 0, appointments: { none: {} } },
    });
    const result = {
      removed,
      kept: slots.length - removed,
      booked: slots.reduce((sum, slot) => sum + slot.booked, 0),
    };
    await recordAudit(tx, user, {
      action: "residency.slots.closeDay",
      entity: "Station",
      entityId: station.id,
      after: { date: dayNumberToDate(input.date), ...result },
    });
    return result;
  });
}
