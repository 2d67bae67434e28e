import { z } from "zod";

const id = z.string().trim().min(1, "errors.invalidField").max(64, "errors.invalidField");
/** The version the user saw; a change since then is a conflict, never a silent overwrite. */
const version = z.coerce.number({ message: "errors.invalidField" }).int().min(0);
const reason = z
  .string({ message: "assignments.errors.reasonRequired" })
  .trim()
  .min(2, "assignments.errors.reasonRequired")
  .max(500, "assignments.errors.reasonTooLong");

export const reassignSchema = z.object({
  enterpriseId: id,
  version,
  officerId: z
    .string({ message: "assignments.errors.officerRequired" })
    .trim()
    .min(1, "assignments.errors.officerRequired")
    .max(64, "errors.invalidField"),
  reason,
});

export const handOverSchema = z
  .object({
    fromOfficerId: z
      .string({ message: "assignments.errors.officerRequired" })
      .trim()
      .min(1, "assignments.errors.officerRequired")
      .max(64, "errors.invalidField"),
    toOfficerId: z
      .string({ message: "assignments.errors.officerRequired" })
      .trim()
      .min(1, "assignments.errors.officerRequired")
      .max(64, "errors.invalidField"),
    reason,
  })
  .refine((v) => v.fromOfficerId !== v.toOfficerId, {
    message: "assignments.errors.sameOfficer",
    path: ["toOfficerId"],
  });

/** 1+N: a handful of supporting departments; a form sends none, one (a string) or several (an array). */
export const supportsSchema = z.object({
  enterpriseId: id,
  departmentIds: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(id).max(20, "assignments.errors.tooManyDepartments"),
  ),
});

export type ReassignInput = z.output<typeof reassignSchema>;
export type HandOverInput = z.output<typeof handOverSchema>;
export type SupportsInput = z.output<typeof supportsSchema>;
