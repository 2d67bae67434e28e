import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { recordAudit } from "../audit/record.ts";
import { FINAL_STATUSES } from "./machine.ts";
import { canFileResidency, residencyScope } from "./policy.ts";
import { clock } from "../time/clock.ts";

type Tx = Prisma.TransactionClient;

/** Modes served at the station's window, which is what the slots are for. */
export const WINDOW_MODES = ["WINDOW", "APPOINTMENT"] as const;

/**
 * The request, locked for the rest of the transaction: two bookings of the same request (a double
 * click, two tabs) then run one after the other instead of both seeing "no appointment yet".
 */
async function lockRequest(tx: Tx, user: SessionUser, requestId: string) {
  assertAllowed(user, canFileResidency);
  const request = await tx.residencyRequest.findFirst({
    where: { AND: [{ id: requestId }, residencyScope(user)] },
    select: {
      id: true,
      status: true,
      serviceMode: true,
      enterprise: { select: { workstation: { select: { stationId: true } } } },
    },
  });
  if (!request) throw new NotFoundError();
  await tx.$executeRaw`SELECT 1 FROM "ResidencyRequest" WHERE "id" = ${request.id} FOR UPDATE`;
  if ((FINAL_STATUSES as readonly string[]).includes(request.status))
    throw new ActionError("residency.errors.bookingClosed");
  if (!(WINDOW_MODES as readonly string[]).includes(request.serviceMode))
    throw new ActionError("residency.errors.notWindowMode");
  return { ...request, stationId: request.enterprise.workstation.stationId };
}

/**
 * Takes one place of a slot, or none. The capacity check and the increment are one UPDATE, so of
 * any number of concurrent bookings of the last place exactly one matches the row.
 */
async function takePlace(tx: Tx, slotId: string, stationId: string, now: Date): Promise<boolean> {
  const count = await tx.$executeRaw`
    UPDATE "AppointmentSlot" SET "booked" = "booked" + 1
    WHERE "id" = ${slotId} AND "stationId" = ${stationId} AND "startsAt" > ${now} AND "booked" < "capacity"`;
  return count === 1;
}

async function releasePlace(tx: Tx, slotId: string) {
  await tx.$executeRaw`UPDATE "AppointmentSlot" SET "booked" = "booked" - 1 WHERE "id" = ${slotId} AND "booked" > 0`;
}

/**
 * Books a slot at the enterprise's station for a request, or moves its booking there: the old place
 * is released and the new one taken in the same transaction, so a failed move keeps the old booking.
 */
export async function bookSlot(user: SessionUser, input: { requestId: string; slotId: string }) {
  return getDb().$transaction(async (tx) => {
    const request = await lockRequest(tx, user, input.requestId);
    const existing = await tx.appointment.findUnique({ where: { requestId: request.id } });
    const active = existing && !existing.cancelledAt ? existing : null;
    if (active?.slotId === input.slotId) throw new ActionError("residency.errors.alreadyBooked");
    const now = clock.now();
    if (active) await releasePlace(tx, active.slotId);
    if (!(await takePlace(tx, input.slotId, request.stationId, now))) {
      // Unknown, past, of another station or full: the user can only pick another slot.
      throw new ActionError("errors.invalidInput", { slotId: ["residency.errors.slotFull"] });
    }
    const appointment = existing
      ? await tx.appointment.update({
          where: { id: existing.id },
          data: { slotId: input.slotId, bookedById: user.id, cancelledAt: null },
        })
      : await tx.appointment.create({ data: { slotId: input.slotId, requestId: request.id, bookedById: user.id } });
    await recordAudit(tx, user, {
      action: active ? "residency.moveAppointment" : "residency.book",
      entity: "ResidencyRequest",
      entityId: request.id,
      before: active ? { slotId: active.slotId } : null,
      after: { slotId: input.slotId, appointmentId: appointment.id },
    });
    return { appointmentId: appointment.id, slotId: input.slotId, moved: Boolean(active) };
  });
}

/** Cancels the request's booking and gives its place back; also allowed once the request is finished. */
export async function cancelBooking(user: SessionUser, input: { requestId: string }) {
  assertAllowed(user, canFileResidency);
  return getDb().$transaction(async (tx) => {
    const request = await tx.residencyRequest.findFirst({
      where: { AND: [{ id: input.requestId }, residencyScope(user)] },
      select: { id: true },
    });
    if (!request) throw new NotFoundError();
    // Only the appointment still open is cancelled: of two concurrent cancels one finds it gone.
    const appointment = await tx.appointment.findUnique({ where: { requestId: request.id } });
    const { count } = appointment
      ? await tx.appointment.updateMany({
          where: { id: appointment.id, cancelledAt: null },
          data: { cancelledAt: clock.now() },
        })
      : { count: 0 };
    if (!appointment || count !== 1) throw new ActionError("residency.errors.noBooking");
    await releasePlace(tx, appointment.slotId);
    await recordAudit(tx, user, {
      action: "residency.cancelAppointment",
      entity: "ResidencyRequest",
      entityId: request.id,
      before: { slotId: appointment.slotId },
      after: null,
    });
    return { requestId: request.id };
  });
}
