import { z } from "zod";
import {
  idField as id,
  optionalIdField as optionalId,
  optionalText,
  requiredId,
  requiredText as text,
  versionField,
} from "../forms/fields.ts";
import { Severity } from "../db/generated/enums.ts";
import { attachmentFilesSchema } from "../attachments/schema.ts";
import { chinaDayNumber, chinaMidnight, parseChinaDate } from "../time/china.ts";
import { clock } from "../time/clock.ts";

/** How far ahead a deadline may be set; a longer one would let a hazard sit listed indefinitely. */
export const MAX_DEADLINE_DAYS = 365;

/**
 * A deadline: a China calendar date from today to MAX_DEADLINE_DAYS ahead, stored as the last instant
 * of that China day, so the hazard becomes overdue only once the whole day has passed.
 */
const deadline = z
  .string({ message: "hazards.errors.deadlineRequired" })
  .trim()
  .min(1, "hazards.errors.deadlineRequired")
  .transform((value, ctx) => {
    const day = parseChinaDate(value);
    if (day === null) {
      ctx.addIssue({ code: "custom", message: "hazards.errors.deadlineInvalid" });
      return z.NEVER;
    }
    // "Now" is read at parse time so the limits follow the real calendar.
    const today = chinaDayNumber(clock.now());
    if (day < today) {
      ctx.addIssue({ code: "custom", message: "hazards.errors.deadlinePast" });
      return z.NEVER;
    }
    if (day > today + MAX_DEADLINE_DAYS) {
      ctx.addIssue({ code: "custom", message: "hazards.errors.deadlineTooFar", params: { days: MAX_DEADLINE_DAYS } });
      return z.NEVER;
    }
    return new Date(chinaMidnight(day + 1).getTime() - 1);
  });

/** What the police write down about one hazard, on its own or while logging a visit. */
export const hazardDraftSchema = z.object({
  description: text(2, 1000, "hazards.errors.description"),
  location: optionalText(200, "hazards.errors.locationTooLong"),
  severity: z.enum(Severity, { message: "hazards.errors.severityRequired" }),
  deadline,
  attachments: attachmentFilesSchema,
});

export const listHazardSchema = hazardDraftSchema
  .extend({
    enterpriseId: requiredId("hazards.errors.enterpriseRequired"),
    visitId: optionalId,
    ticketId: optionalId,
  })
  // A hazard has one source record; two would make "where it was found" ambiguous.
  .refine((h) => !(h.visitId && h.ticketId), { message: "hazards.errors.oneSource", path: ["ticketId"] });

export const hazardRefSchema = z.object({ hazardId: id, version: versionField });

export const reportSchema = hazardRefSchema.extend({
  note: text(2, 1000, "hazards.errors.note"),
  attachments: attachmentFilesSchema,
});

export const sendBackSchema = hazardRefSchema.extend({ reason: text(2, 1000, "hazards.errors.reason") });

export type HazardDraft = z.output<typeof hazardDraftSchema>;
export type ListHazardInput = z.output<typeof listHazardSchema>;
export type HazardRef = z.output<typeof hazardRefSchema>;
