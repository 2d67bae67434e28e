import type { Role, TicketStatus } from "../db/generated/enums.ts";

/**
 * The ticket life cycle of DESIGN.md. Every status change goes through `nextStatus`; what is not
 * listed here is forbidden.
 *
 *   SUBMITTED → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED (confirmed by the enterprise)
 *                                        RESOLVED → REOPENED → IN_PROGRESS
 *   SUBMITTED → REJECTED (with reason) · SUBMITTED → WITHDRAWN (by the liaison)
 */
export type TicketTransition = "accept" | "start" | "resolve" | "confirm" | "reopen" | "reject" | "withdraw";

type Rule = { from: readonly TicketStatus[]; to: TicketStatus; roles: readonly Role[] };

export const TRANSITIONS: Record<TicketTransition, Rule> = {
  accept: { from: ["SUBMITTED"], to: "ACCEPTED", roles: ["OFFICER", "CHIEF"] },
  start: { from: ["ACCEPTED", "REOPENED"], to: "IN_PROGRESS", roles: ["OFFICER", "CHIEF"] },
  resolve: { from: ["IN_PROGRESS"], to: "RESOLVED", roles: ["OFFICER", "CHIEF"] },
  reject: { from: ["SUBMITTED"], to: "REJECTED", roles: ["OFFICER", "CHIEF"] },
  confirm: { from: ["RESOLVED"], to: "CLOSED", roles: ["LIAISON"] },
  reopen: { from: ["RESOLVED"], to: "REOPENED", roles: ["LIAISON"] },
  withdraw: { from: ["SUBMITTED"], to: "WITHDRAWN", roles: ["LIAISON"] },
};

/** Statuses in which the ticket still needs police work. */
export const OPEN_STATUSES: readonly TicketStatus[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED"];
/** Statuses after which nothing more happens. */
export const FINAL_STATUSES: readonly TicketStatus[] = ["CLOSED", "REJECTED", "WITHDRAWN"];

/** The status a transition leads to from `status`, or null when the machine forbids it. */
export function nextStatus(status: TicketStatus, transition: TicketTransition): TicketStatus | null {
  const rule = TRANSITIONS[transition];
  return rule.from.includes(status) ? rule.to : null;
}

/** Transitions a user of `role` may take from `status` (what the ticket page offers). */
export function availableTransitions(status: TicketStatus, role: Role): TicketTransition[] {
  return (Object.keys(TRANSITIONS) as TicketTransition[]).filter(
    (t) => TRANSITIONS[t].from.includes(status) && TRANSITIONS[t].roles.includes(role),
  );
}

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
