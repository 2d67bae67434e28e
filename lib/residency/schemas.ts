import { z } from "zod";
import {
  idField as id,
  optionalIdField,
  optionalText,
  requiredText as text,
  versionField,
  yesNoField,
} from "../forms/fields.ts";
import { isBlankPart } from "../forms/blank-part.ts";
import { nestIndexedFields } from "../forms/indexed-fields.ts";
import { Education, ResidencyKind, ServiceMode } from "../db/generated/enums.ts";
import { attachmentFilesSchema } from "../attachments/schema.ts";
import { residentIdSchema } from "../validation/resident-id.ts";
import { mobileSchema } from "../validation/mobile.ts";
import { chinaDayNumber, chinaMidnight, HOUR_MS, parseChinaDate } from "../time/china.ts";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "../enterprises/import/limits.ts";
import { clock } from "../time/clock.ts";

/** Kinds whose rules depend on the applicant's education (人才落户 is granted by degree). */
export const EDUCATION_REQUIRED_KINDS: readonly ResidencyKind[] = ["TALENT_SETTLEMENT"];

const flag = yesNoField("residency.errors.flagInvalid");

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const applicantFields = z.object({
  kind: z.enum(ResidencyKind, { message: "residency.errors.kindRequired" }),
  applicantName: text(2, 50, "residency.errors.name"),
  applicantIdNumber: z.string({ message: "validation.residentId.format" }).pipe(residentIdSchema),
  applicantPhone: mobileSchema,
  education: z.preprocess(
    blankToUndefined,
    z.enum(Education, { message: "residency.errors.educationInvalid" }).optional(),
  ),
  serviceMode: z.enum(ServiceMode, { message: "residency.errors.serviceModeRequired" }),
  greenChannel: flag,
  greenChannelReason: optionalText(200, "residency.errors.greenChannelReasonTooLong"),
});

type Fields = { kind?: ResidencyKind; education?: Education; greenChannel: boolean; greenChannelReason: string };

/**
 * Rules across fields; the kind is absent when editing a draft and then checked by the command.
 * They run even when other fields failed (see `always`), so every mistake shows at once; the values
 * may then be unparsed, hence the defensive reads.
 */
function crossCheck(a: Fields, ctx: z.core.$RefinementCtx<Fields>) {
  if (a.kind && EDUCATION_REQUIRED_KINDS.includes(a.kind) && !a.education) {
    ctx.addIssue({ code: "custom", message: "residency.errors.educationRequired", path: ["education"] });
  }
  // A green channel is an exception to the queue; the reason is what makes it reviewable.
  if (a.greenChannel === true && String(a.greenChannelReason ?? "").length < 2) {
    ctx.addIssue({
      code: "custom",
      message: "residency.errors.greenChannelReasonRequired",
      path: ["greenChannelReason"],
    });
  }
}

const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

const tidy = <T extends Fields>(a: T) => ({
  ...a,
  education: a.education ?? null,
  greenChannelReason: a.greenChannel ? a.greenChannelReason : null,
});

/** The applicant and the way the service is to be delivered, as filed for one employee. */
export const applicantSchema = applicantFields.superRefine(crossCheck, always).transform(tidy);

export type ApplicantInput = z.output<typeof applicantSchema>;

/** The version the user saw; a change since then is a conflict, never a silent overwrite. */
export const requestRefSchema = z.object({ requestId: id, version: versionField });
export type RequestRef = z.output<typeof requestRefSchema>;

/** Editing a draft; the kind stays, since it decides the checklist the documents belong to. */
export const editDraftSchema = applicantFields
  .omit({ kind: true })
  .extend(requestRefSchema.shape)
  .superRefine(crossCheck, always)
  .transform(tidy);
export type EditDraftInput = z.output<typeof editDraftSchema>;

/**
 * Files for several checklist items in one step, sent as `documents.<n>.documentId` and
 * `documents.<n>.file`: at most one file per item, items left without a file are skipped, at least
 * one file in all. Each upload keeps the form field its errors belong to.
 */
export const uploadDocumentsSchema = z.preprocess(
  nestIndexedFields("documents"),
  requestRefSchema
    .extend({
      documents: z
        .array(
          z.object({
            documentId: id,
            file: attachmentFilesSchema.refine((files) => files.length <= 1, "residency.errors.oneFile"),
          }),
          { message: "errors.invalidField" },
        )
        .max(50, "errors.invalidField"),
    })
    .superRefine((value, ctx) => {
      if (!value.documents.some((d) => d.file.length))
        ctx.addIssue({ code: "custom", message: "attachments.errors.noneChosen", path: ["documents"] });
      const ids = value.documents.map((d) => d.documentId);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: "custom", message: "errors.invalidField", path: ["documents"] });
    })
    .transform(({ documents, ...ref }) => ({
      ...ref,
      uploads: documents.flatMap((d, i) =>
        d.file[0] ? [{ documentId: d.documentId, file: d.file[0], field: `documents.${i}.file` }] : [],
      ),
    })),
);

export const reviewDocumentSchema = requestRefSchema
  .extend({
    documentId: id,
    decision: z.enum(["ACCEPT", "REJECT"], { message: "errors.invalidField" }),
    reason: optionalText(500, "residency.errors.reasonTooLong"),
  })
  .refine((d) => d.decision === "ACCEPT" || d.reason.length >= 2, {
    message: "residency.errors.reasonRequired",
    path: ["reason"],
  });

/** Checkboxes post one value or several; both become a list. */
const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(id).max(50, "errors.invalidField"),
);

export const askMaterialsSchema = requestRefSchema.extend({
  documentIds: idList.refine((ids) => ids.length > 0, "residency.errors.itemsRequired"),
  note: text(2, 1000, "residency.errors.note"),
});

export const rejectRequestSchema = requestRefSchema.extend({ reason: text(2, 1000, "residency.errors.reason") });

/** How far ahead door-to-door or proxy service may be scheduled. */
export const MAX_SERVICE_DAYS = 90;

const serviceDate = z
  .string({ message: "residency.errors.serviceDateRequired" })
  .trim()
  .min(1, "residency.errors.serviceDateRequired")
  .transform((value, ctx) => {
    const day = parseChinaDate(value);
    const today = chinaDayNumber(clock.now());
    if (day === null || day < today || day > today + MAX_SERVICE_DAYS) {
      ctx.addIssue({
        code: "custom",
        message: "residency.errors.serviceDateInvalid",
        params: { days: MAX_SERVICE_DAYS },
      });
      return z.NEVER;
    }
    // Noon China time: the day is what matters, and noon survives any time-zone display.
    return new Date(chinaMidnight(day).getTime() + 12 * HOUR_MS);
  });

export const scheduleServiceSchema = requestRefSchema.extend({ serviceOfficerId: id, serviceDate });

export const bookSchema = z.object({ requestId: id, slotId: id });
export const cancelBookingSchema = z.object({ requestId: id });

/** The uploaded sheet of employees; its type is read from its bytes, not from its name. */
export const batchFileSchema = z.object({
  file: z.unknown().transform((value, ctx) => {
    if (!(value instanceof Blob) || isBlankPart(value)) {
      ctx.addIssue({ code: "custom", message: "residency.errors.fileRequired" });
      return z.NEVER;
    }
    if (value.size === 0 || value.size > MAX_IMPORT_BYTES) {
      ctx.addIssue({ code: "custom", message: "residency.errors.fileSize", params: { maxMb: MAX_IMPORT_MB } });
      return z.NEVER;
    }
    return value;
  }),
});

/** One checklist item as the admin edits it; without an id it is a new item. */
export const requirementSchema = z.object({
  requirementId: optionalIdField,
  kind: z.enum(ResidencyKind, { message: "residency.errors.kindRequired" }),
  code: z
    .string({ message: "residency.errors.codeInvalid" })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "residency.errors.codeInvalid"),
  label: text(2, 100, "residency.errors.label"),
  labelEn: text(2, 100, "residency.errors.labelEn"),
  required: flag,
  active: flag,
  sortOrder: z.coerce
    .number({ message: "errors.invalidField" })
    .int("errors.invalidField")
    .min(0, "errors.invalidField")
    .max(999, "errors.invalidField"),
});
export type RequirementInput = z.output<typeof requirementSchema>;
