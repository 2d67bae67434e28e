import type { TicketStatus } from "../db/generated/enums.ts";
import { defineMachine } from "../state-machine/define-machine.ts";

/**
 * The ticket life cycle of DESIGN.md. Every status change goes through `ticketMachine`; what is not
 * listed here is forbidden. Who may take which step is the policy's question (`canTakeTicketStep`).
 *
 *   SUBMITTED → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED (confirmed by the enterprise)
 *                                        RESOLVED → REOPENED → IN_PROGRESS
 *   SUBMITTED → REJECTED (with reason) · SUBMITTED → WITHDRAWN (by the liaison)
 */
export type TicketTransition = "accept" | "start" | "resolve" | "confirm" | "reopen" | "reject" | "withdraw";

export const ticketMachine = defineMachine<TicketStatus, TicketTransition>({
  accept: { from: ["SUBMITTED"], to: "ACCEPTED" },
  start: { from: ["ACCEPTED", "REOPENED"], to: "IN_PROGRESS" },
  resolve: { from: ["IN_PROGRESS"], to: "RESOLVED" },
  reject: { from: ["SUBMITTED"], to: "REJECTED" },
  confirm: { from: ["RESOLVED"], to: "CLOSED" },
  reopen: { from: ["RESOLVED"], to: "REOPENED" },
  withdraw: { from: ["SUBMITTED"], to: "WITHDRAWN" },
});

/** Statuses in which the ticket still needs police work. */
export const OPEN_STATUSES: readonly TicketStatus[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED"];
/** Statuses after which nothing more happens. */
export const FINAL_STATUSES: readonly TicketStatus[] = ["CLOSED", "REJECTED", "WITHDRAWN"];

/** Comments and notes are possible until the ticket is final. */
export function canDiscuss(status: TicketStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}

/** The enterprise may escalate to the chief ("办不成事") when the ticket is overdue or was reopened twice. */
export function canEscalate(
  t: { status: TicketStatus; reopenCount: number; escalatedAt: Date | null },
  overdue: boolean,
): boolean {
  return (
    !FINAL_STATUSES.includes(t.status) && t.status !== "RESOLVED" && !t.escalatedAt && (overdue || t.reopenCount >= 2)
  );
}
