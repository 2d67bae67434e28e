import { z } from "zod";
import { idField as id, requiredId, requiredText, versionField as version } from "../forms/fields.ts";

const reason = requiredText(2, 500, "assignments.errors.reason");
const officer = requiredId("assignments.errors.officerRequired");

export const reassignSchema = z.object({
  enterpriseId: id,
  version,
  officerId: officer,
  reason,
});

export const handOverSchema = z
  .object({
    fromOfficerId: officer,
    toOfficerId: officer,
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
