import type { Priority, TicketCategory } from "../db/generated/enums.ts";

/** Hours to accept and to resolve by priority; urgent help is answered within the hour. */
const BY_PRIORITY: Record<Priority, { acceptHours: number; resolveHours: number }> = {
  URGENT: { acceptHours: 1, resolveHours: 24 },
  HIGH: { acceptHours: 4, resolveHours: 72 },
  NORMAL: { acceptHours: 24, resolveHours: 168 },
  LOW: { acceptHours: 48, resolveHours: 336 },
};

/** Categories that must move faster than their priority alone says. */
const FASTER: Partial<Record<TicketCategory, number>> = {
  EMERGENCY_HELP: 0.25,
  SECURITY_HAZARD: 0.5,
  PUBLIC_OPINION: 0.5,
};

export const TICKET_CATEGORIES: TicketCategory[] = [
  "SECURITY_HAZARD",
  "DISPUTE",
  "THEFT_CRIME",
  "PATROL_REQUEST",
  "TRAFFIC_ESCORT",
  "PERMIT_HELP",
  "LEGAL_CONSULTATION",
  "EMPLOYMENT_VETTING",
  "EMERGENCY_HELP",
  "PUBLIC_OPINION",
  "OTHER",
];
export const PRIORITIES: Priority[] = ["URGENT", "HIGH", "NORMAL", "LOW"];

/** The SLA table a new bureau starts with (chiefs and admins may edit theirs). */
export function defaultSlaRules(): {
  category: TicketCategory;
  priority: Priority;
  acceptHours: number;
  resolveHours: number;
}[] {
  return TICKET_CATEGORIES.flatMap((category) =>
    PRIORITIES.map((priority) => {
      const base = BY_PRIORITY[priority];
      const factor = FASTER[category] ?? 1;
      return {
        category,
        priority,
        acceptHours: Math.max(1, Math.round(base.acceptHours * factor)),
        resolveHours: Math.max(4, Math.round(base.resolveHours * factor)),
      };
    }),
  );
}
