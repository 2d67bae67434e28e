import { z } from "zod";
import { idField as id, plainString, requiredText as text } from "../forms/fields.ts";
import { AdvisoryTarget, AdvisoryUrgency } from "../db/generated/enums.ts";
import { attachmentFilesSchema } from "../attachments/schema.ts";
import { chinaDayNumber, chinaMidnight, parseChinaDate } from "../time/china.ts";
import { clock } from "../time/clock.ts";

/** How far ahead an advisory may expire; a notice for longer belongs in the enterprise's rules. */
export const MAX_EXPIRY_DAYS = 365;
/** More choices than a county has stations, workstations or industries is a crafted request. */
const MAX_CHOICES = 5000;

/** Checkboxes send one value or several; either way a list, without repeats. */
const list = (item: z.ZodType<string>) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(item)
      .max(MAX_CHOICES, "errors.invalidField")
      .transform((values) => [...new Set(values)]),
  );

/** An optional last day: a China date from today on, stored as the last instant of that day. */
const expiresOn = plainString()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const day = parseChinaDate(value);
    if (day === null) {
      ctx.addIssue({ code: "custom", message: "advisories.errors.expiryInvalid" });
      return z.NEVER;
    }
    const today = chinaDayNumber(clock.now());
    if (day < today) {
      ctx.addIssue({ code: "custom", message: "advisories.errors.expiryPast" });
      return z.NEVER;
    }
    if (day > today + MAX_EXPIRY_DAYS) {
      ctx.addIssue({ code: "custom", message: "advisories.errors.expiryTooFar", params: { days: MAX_EXPIRY_DAYS } });
      return z.NEVER;
    }
    return new Date(chinaMidnight(day + 1).getTime() - 1);
  });

/** The form field that holds the choices of each kind of target; the county and key projects need none. */
export const TARGET_FIELDS = {
  COUNTY: null,
  KEY_PROJECTS: null,
  STATIONS: "stationIds",
  WORKSTATIONS: "workstationIds",
  INDUSTRIES: "industries",
  ENTERPRISES: "enterpriseIds",
} as const satisfies Record<AdvisoryTarget, string | null>;

export const sendAdvisorySchema = z
  .object({
    title: text(2, 100, "advisories.errors.title"),
    body: text(2, 5000, "advisories.errors.body"),
    urgency: z.enum(AdvisoryUrgency, { message: "advisories.errors.urgencyRequired" }),
    expiresOn,
    targetKind: z.enum(AdvisoryTarget, { message: "advisories.errors.targetRequired" }),
    stationIds: list(id),
    workstationIds: list(id),
    industries: list(plainString().trim().min(1, "errors.invalidField").max(100, "errors.invalidField")),
    enterpriseIds: list(id),
    attachments: attachmentFilesSchema.refine((files) => files.length <= 1, "advisories.errors.oneAttachment"),
  })
  .superRefine((input, ctx) => {
    const field = TARGET_FIELDS[input.targetKind];
    if (field && input[field].length === 0)
      ctx.addIssue({ code: "custom", message: "advisories.errors.chooseTargets", path: [field] });
  })
  .transform(({ stationIds, workstationIds, industries, enterpriseIds, ...rest }) => {
    const chosen = { stationIds, workstationIds, industries, enterpriseIds };
    const field = TARGET_FIELDS[rest.targetKind];
    // Only the chosen kind's values are kept: the others are what the form held but did not send to.
    return { ...rest, targetValues: field ? chosen[field] : [] };
  });

export const advisoryRefSchema = z.object({ advisoryId: id });

/** What the sender types to find enterprises to pick; longer than any name is no name. */

export type SendAdvisoryInput = z.output<typeof sendAdvisorySchema>;
export type AdvisoryRef = z.output<typeof advisoryRefSchema>;
