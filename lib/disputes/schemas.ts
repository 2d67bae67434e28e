import { z } from "zod";
import { idField as id, optionalIdField as optionalId, requiredText as text } from "../forms/fields.ts";
import { DisputeKind } from "../db/generated/enums.ts";
import { chinaMidnight, parseChinaDate } from "../visits/cadence.ts";
import { REFERRALS } from "./outcome.ts";

/** How far back a session may be logged; an older date is almost always a typing slip (2062 for 2026). */
export const MAX_SESSION_AGE_DAYS = 365;
const DAY_MS = 86_400_000;

/** A checkbox posts "on" when ticked and nothing when not; code may pass a boolean. */
const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])], { message: "errors.invalidField" })
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** A China-time "YYYY-MM-DDTHH:mm" (what a datetime-local field posts) as an instant, or null when it is not one. */
export function parseChinaDateTime(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const day = parseChinaDate(match[1]!);
  const [h, m, s] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (day === null || h > 23 || m > 59 || s > 59) return null;
  return new Date(chinaMidnight(day).getTime() + ((h * 60 + m) * 60 + s) * 1000);
}

/** An instant as a China-time "YYYY-MM-DDTHH:mm", the inverse of parseChinaDateTime (minutes precision). */
export function chinaDateTimeValue(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** When a session was held: a China date and time, not in the future and not more than a year ago. */
const heldAt = z
  .string({ message: "disputes.errors.heldAtRequired" })
  .trim()
  .min(1, "disputes.errors.heldAtRequired")
  .transform((value, ctx) => {
    const at = parseChinaDateTime(value);
    if (at === null) {
      ctx.addIssue({ code: "custom", message: "disputes.errors.heldAtInvalid" });
      return z.NEVER;
    }
    // "Now" is read at parse time so the limit follows the real clock.
    const now = Date.now();
    if (at.getTime() > now) {
      ctx.addIssue({ code: "custom", message: "disputes.errors.heldAtFuture" });
      return z.NEVER;
    }
    if (at.getTime() < now - MAX_SESSION_AGE_DAYS * DAY_MS) {
      ctx.addIssue({ code: "custom", message: "disputes.errors.heldAtTooOld", params: { days: MAX_SESSION_AGE_DAYS } });
      return z.NEVER;
    }
    return at;
  });

export const recordDisputeSchema = z.object({
  enterpriseId: optionalId,
  kind: z.enum(DisputeKind, { message: "disputes.errors.kindRequired" }),
  parties: text(2, 500, "disputes.errors.parties"),
  description: text(2, 2000, "disputes.errors.description"),
  escalationRisk: checkbox,
});

/** The version the user saw; a change since then is a conflict, never a silent overwrite. */
export const disputeRefSchema = z.object({ disputeId: id, version: z.coerce.number({ message: "errors.invalidField" }).int().min(0) });

export const logSessionSchema = disputeRefSchema.extend({
  heldAt,
  notes: text(2, 4000, "disputes.errors.notes"),
});

export const setRiskSchema = disputeRefSchema.extend({
  risk: z.union([z.boolean(), z.enum(["true", "false"])], { message: "errors.invalidField" }).transform((v) => v === true || v === "true"),
});

/** Closing as resolved: what the parties agreed. */
export const resolveSchema = disputeRefSchema.extend({ outcome: text(2, 2000, "disputes.errors.agreement") });

/** Closing as unresolved: where the dispute went next, and what was handed over. */
export const referSchema = disputeRefSchema.extend({
  referredTo: z.enum(REFERRALS, { message: "disputes.errors.referredToRequired" }),
  details: text(2, 2000, "disputes.errors.details"),
});

export type RecordDisputeInput = z.output<typeof recordDisputeSchema>;
export type DisputeRef = z.output<typeof disputeRefSchema>;
export type LogSessionInput = z.output<typeof logSessionSchema>;
export type SetRiskInput = z.output<typeof setRiskSchema>;
export type ResolveInput = z.output<typeof resolveSchema>;
export type ReferInput = z.output<typeof referSchema>;
