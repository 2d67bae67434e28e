import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { chinaDayNumber, chinaMidnight } from "../time/china.ts";
import { canManageSlots, slotStationScope } from "./policy.ts";

/** The active stations whose slots the user keeps, for the station picker; none for other roles. */
export async function slotStations(user: SessionUser) {
  if (!canManageSlots(user)) return [];
  return getDb().station.findMany({
    where: { AND: [slotStationScope(user), { active: true }] },
    orderBy: [{ code: "asc" }],
    select: { id: true, name: true, nameEn: true, address: true },
  });
}

export type SlotRow = { id: string; startsAt: Date; endsAt: Date; capacity: number; booked: number };
export type SlotDay = { day: number; slots: SlotRow[] };

/**
 * The seven days of a week at a station, each with its slots in order of time (days without slots
 * too, so the week reads as a calendar). The week bounds the list: a station has at most a few
 * dozen slots a week. Empty when the station is not the user's.
 */
export async function weekSlots(user: SessionUser, stationId: string, monday: number): Promise<SlotDay[]> {
  if (!canManageSlots(user)) return [];
  const slots = await getDb().appointmentSlot.findMany({
    where: {
      station: { AND: [{ id: stationId }, slotStationScope(user)] },
      startsAt: { gte: chinaMidnight(monday), lt: chinaMidnight(monday + 7) },
    },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: { id: true, startsAt: true, endsAt: true, capacity: true, booked: true },
  });
  return Array.from({ length: 7 }, (_, i) => ({
    day: monday + i,
    slots: slots.filter((slot) => chinaDayNumber(slot.startsAt) === monday + i),
  }));
}
