import { z } from "zod";
import { VisitKind } from "../db/generated/enums.ts";
import { nestIndexedFields } from "../forms/indexed-fields.ts";
import { optionalText, requiredId, requiredText } from "../forms/fields.ts";
import { hazardDraftSchema } from "../hazards/schemas.ts";
import { chinaDayNumber, chinaMidnight, parseChinaDate } from "../time/china.ts";
import { clock } from "../time/clock.ts";

/** How far back a visit may be logged; older ones would distort the cadence record. */
export const MAX_BACKDATE_DAYS = 90;

/** A visit date: a China calendar date, today at the latest, at most MAX_BACKDATE_DAYS ago; stored as China midnight. */
const visitDate = z
  .string({ message: "visits.errors.dateRequired" })
  .trim()
  .min(1, "visits.errors.dateRequired")
  .transform((value, ctx) => {
    const day = parseChinaDate(value);
    if (day === null) {
      ctx.addIssue({ code: "custom", message: "visits.errors.dateInvalid" });
      return z.NEVER;
    }
    // "Now" is read at parse time so the limits follow the real calendar.
    const today = chinaDayNumber(clock.now());
    if (day > today) {
      ctx.addIssue({ code: "custom", message: "visits.errors.dateFuture" });
      return z.NEVER;
    }
    if (day < today - MAX_BACKDATE_DAYS) {
      ctx.addIssue({ code: "custom", message: "visits.errors.dateTooOld", params: { days: MAX_BACKDATE_DAYS } });
      return z.NEVER;
    }
    return chinaMidnight(day);
  });

/** Hazards found on a visit are listed with it; more than this belongs in separate listings. */
export const MAX_VISIT_HAZARDS = 5;

export const logVisitSchema = z.preprocess(
  nestIndexedFields("hazards"),
  z.object({
    enterpriseId: requiredId("visits.errors.enterpriseRequired"),
    visitedOn: visitDate,
    kind: z.enum(VisitKind, { message: "visits.errors.kindRequired" }),
    participants: optionalText(500, "visits.errors.participantsTooLong"),
    findings: requiredText(2, 4000, "visits.errors.findings"),
    hazards: z
      .array(hazardDraftSchema)
      .optional()
      .default([])
      .superRefine((list, ctx) => {
        if (list.length > MAX_VISIT_HAZARDS)
          ctx.addIssue({ code: "custom", message: "visits.errors.tooManyHazards", params: { max: MAX_VISIT_HAZARDS } });
      }),
  }),
);

export type LogVisitInput = z.output<typeof logVisitSchema>;
