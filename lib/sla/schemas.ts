import { z } from "zod";
import type { Priority, TicketCategory } from "../db/generated/enums.ts";
import { PRIORITIES, TICKET_CATEGORIES } from "./defaults.ts";

export const SLA_MAX_ACCEPT_HOURS = 720; // 30 days
export const SLA_MAX_RESOLVE_HOURS = 2160; // 90 days

/**
 * Per cell, the form sends the two new values and, hidden, the two it showed (`seen…`): a cell is
 * written only when the user changed it, and refused when someone else changed it in between.
 */
export const SLA_FIELDS = ["accept", "resolve", "seenAccept", "seenResolve"] as const;
export type SlaField = (typeof SLA_FIELDS)[number];

/** `SECURITY_HAZARD.URGENT.accept`: the same string is the form field's name and its error's key. */
export function slaFieldName(category: TicketCategory, priority: Priority, field: SlaField): string {
  return `${category}.${priority}.${field}`;
}

const FIELD_NAME = new RegExp(
  `^(${TICKET_CATEGORIES.join("|")})\\.(${PRIORITIES.join("|")})\\.(${SLA_FIELDS.join("|")})$`,
);

/** Flat form fields to { category: { priority: { field } } }, so zod's error paths are the field names. */
function nestFields(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const tree: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [name, value] of Object.entries(raw)) {
    const match = FIELD_NAME.exec(name);
    if (!match) continue; // only known category/priority names become keys
    const [, category, priority, field] = match as unknown as [string, string, string, string];
    ((tree[category] ??= {})[priority] ??= {})[field] = value;
  }
  return tree;
}

const toNumber = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value);

const hours = (max: number, message: string) =>
  z.preprocess(toNumber, z.number(message).int(message).min(1, message).max(max, message));

/** What the form showed; anything unreadable counts as unknown, which makes a change a conflict. */
const seen = z
  .unknown()
  .optional()
  .transform((value) => {
    const n = toNumber(value);
    return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
  });

const cell = z
  .object({
    accept: hours(SLA_MAX_ACCEPT_HOURS, "sla.errors.acceptHours"),
    resolve: hours(SLA_MAX_RESOLVE_HOURS, "sla.errors.resolveHours"),
    seenAccept: seen,
    seenResolve: seen,
  })
  .refine((c) => c.resolve >= c.accept, { error: "sla.errors.resolveBeforeAccept", path: ["resolve"] });

export type SlaCellEdit = {
  category: TicketCategory;
  priority: Priority;
  acceptHours: number;
  resolveHours: number;
  seen: { acceptHours: number; resolveHours: number } | null;
};

/** An edit of the SLA table: any subset of cells (the form sends all 44), in the table's order. */
export const slaTableEditSchema = z.preprocess(
  nestFields,
  z
    .partialRecord(z.enum(TICKET_CATEGORIES), z.partialRecord(z.enum(PRIORITIES), cell))
    .transform((tree): SlaCellEdit[] =>
      TICKET_CATEGORIES.flatMap((category) =>
        PRIORITIES.flatMap((priority) => {
          const c = tree[category]?.[priority];
          if (!c) return [];
          const saw =
            c.seenAccept !== null && c.seenResolve !== null
              ? { acceptHours: c.seenAccept, resolveHours: c.seenResolve }
              : null;
          return [{ category, priority, acceptHours: c.accept, resolveHours: c.resolve, seen: saw }];
        }),
      ),
    ),
);

export type SlaTableEdit = z.output<typeof slaTableEditSchema>;
