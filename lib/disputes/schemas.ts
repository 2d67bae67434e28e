import { z } from "zod";
import { idField as id, optionalIdField as optionalId, requiredText as text, yesNoField } from "../forms/fields.ts";
import { DisputeKind } from "../db/generated/enums.ts";
import { parseChinaDateTime } from "../time/china.ts";
import { REFERRALS } from "./outcome.ts";
import { clock } from "../time/clock.ts";

/** How far back a session may be logged; an older date is almost always a typing slip (2062 for 2026). */
export const MAX_SESSION_AGE_DAYS = 365;
const DAY_MS = 86_400_000;

const checkbox = yesNoField();

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
    const now = clock.now().getTime();
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
export const disputeRefSchema = z.object({
  disputeId: id,
  version: z.coerce.number({ message: "errors.invalidField" }).int().min(0),
});

export const logSessionSchema = disputeRefSchema.extend({
  heldAt,
  notes: text(2, 4000, "disputes.errors.notes"),
});

export const setRiskSchema = disputeRefSchema.extend({
  risk: z
    .union([z.boolean(), z.enum(["true", "false"])], { message: "errors.invalidField" })
    .transform((v) => v === true || v === "true"),
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
