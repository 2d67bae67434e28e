import type { TicketStatus } from "../db/generated/enums.ts";
import { HOUR_MS } from "../time/china.ts";

export type SlaHours = { acceptHours: number; resolveHours: number };
export type Deadlines = { acceptDueAt: Date; resolveDueAt: Date };

/**
 * Due times of a ticket filed at `createdAt`. Plain elapsed hours, not working hours: police work
 * runs 24/7, so a ticket filed on Friday night or on a public holiday is due as many hours later as
 * one filed on a Tuesday morning. Counting in milliseconds since the epoch also keeps the result
 * independent of the server's time zone (China has no daylight saving time; servers may).
 */
export function deadlinesFor(createdAt: Date, rule: SlaHours): Deadlines {
  const start = createdAt.getTime();
  return {
    acceptDueAt: new Date(start + rule.acceptHours * HOUR_MS),
    resolveDueAt: new Date(start + rule.resolveHours * HOUR_MS),
  };
}

/** Which deadline a ticket in this status is measured against; null where the clock has stopped. */
const CLOCK: Record<TicketStatus, keyof Deadlines | null> = {
  SUBMITTED: "acceptDueAt",
  ACCEPTED: "resolveDueAt",
  IN_PROGRESS: "resolveDueAt",
  REOPENED: "resolveDueAt",
  // Resolved work waits on the enterprise's confirmation, not on the officer.
  RESOLVED: null,
  CLOSED: null,
  REJECTED: null,
  WITHDRAWN: null,
};

/** The deadline that applies in a status (stored as Ticket.dueAt, which queues sort and count on). */
export function currentDueAt(status: TicketStatus, deadlines: Deadlines): Date | null {
  const clock = CLOCK[status];
  return clock === null ? null : deadlines[clock];
}

/** Past a deadline: strictly after the due time, so a ticket due at 18:00 is still on time at 18:00. */
export function isPastDue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime();
}

/** Past the deadline that applies in the ticket's status. */
export function isOverdue(ticket: { status: TicketStatus } & Deadlines, now: Date): boolean {
  return isPastDue(currentDueAt(ticket.status, ticket), now);
}
