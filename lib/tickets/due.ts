import type { TicketStatus } from "../db/generated/enums.ts";

/** The deadline that applies in a status: accepting while submitted, resolving while worked, none after. */
export function currentDueAt(status: TicketStatus, t: { acceptDueAt: Date; resolveDueAt: Date }): Date | null {
  switch (status) {
    case "SUBMITTED":
      return t.acceptDueAt;
    case "ACCEPTED":
    case "IN_PROGRESS":
    case "REOPENED":
      return t.resolveDueAt;
    default:
      return null;
  }
}
