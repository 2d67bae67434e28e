import { z } from "zod";
import { IndustryCluster } from "../db/generated/enums.ts";
import { idField, optionalText, plainString, requiredId, requiredText, versionField } from "../forms/fields.ts";

/** The three kinds of unit a county is organised in. */
export const UNIT_KINDS = ["station", "workstation", "department"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * A unit's code: what imports, exports and other systems name it by (`jiangshan`, `ws-nev`,
 * `PUBLIC_ORDER`). Latin letters, digits, "-" and "_", starting with a letter or digit, so that it
 * reads the same in a URL, a spreadsheet cell and a file name. Unique within the bureau.
 */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const CODE_MAX = 32;

const code = plainString("organisation.errors.codeRequired")
  .trim()
  .min(2, "organisation.errors.codeRequired")
  .max(CODE_MAX, "organisation.errors.codeTooLong")
  .regex(CODE_PATTERN, "organisation.errors.codeFormat");

/** A landline or mobile number as people write it: digits with spaces, dashes, brackets or a leading +. */
const phone = plainString()
  .trim()
  .max(30, "organisation.errors.phoneFormat")
  .regex(/^$|^\+?[0-9(][0-9 ()-]{4,}$/, "organisation.errors.phoneFormat")
  .optional()
  .default("");

const names = {
  code,
  name: requiredText(2, 50, "organisation.errors.name"),
  nameEn: optionalText(100, "organisation.errors.nameEnTooLong"),
};

export const stationFieldsSchema = z.object({
  ...names,
  address: optionalText(200, "organisation.errors.addressTooLong"),
  phone,
});

export const workstationFieldsSchema = z.object({
  ...names,
  park: requiredText(2, 50, "organisation.errors.park"),
  parkEn: optionalText(100, "organisation.errors.parkEnTooLong"),
  cluster: z.enum(IndustryCluster, { message: "organisation.errors.clusterRequired" }),
  address: optionalText(200, "organisation.errors.addressTooLong"),
});

export const departmentFieldsSchema = z.object(names);

export type StationFields = z.output<typeof stationFieldsSchema>;
export type WorkstationFields = z.output<typeof workstationFieldsSchema>;
export type DepartmentFields = z.output<typeof departmentFieldsSchema>;

/** The unit and the version the user saw; a change since then is a conflict, never a silent overwrite. */
const unitRef = z.object({ id: idField, version: versionField });

export const createWorkstationSchema = workstationFieldsSchema.extend({
  // A workstation's station is chosen once, at creation (see the schema's comment on Workstation).
  stationId: requiredId("organisation.errors.stationRequired"),
});

export const updateStationSchema = unitRef.extend(stationFieldsSchema.shape);
export const updateWorkstationSchema = unitRef.extend(workstationFieldsSchema.shape);
export const updateDepartmentSchema = unitRef.extend(departmentFieldsSchema.shape);

export const setUnitActiveSchema = unitRef.extend({
  kind: z.enum(UNIT_KINDS, { message: "errors.invalidField" }),
  // Sent by the form as a hidden "true"/"false": which way the user meant to switch.
  active: z.enum(["true", "false"], { message: "errors.invalidField" }).transform((v) => v === "true"),
});

export const moveEnterpriseSchema = z.object({
  enterpriseId: idField,
  version: versionField,
  workstationId: requiredId("organisation.errors.workstationRequired"),
  reason: requiredText(2, 500, "organisation.errors.reason"),
});

export type CreateWorkstationInput = z.output<typeof createWorkstationSchema>;
export type UpdateStationInput = z.output<typeof updateStationSchema>;
export type UpdateWorkstationInput = z.output<typeof updateWorkstationSchema>;
export type UpdateDepartmentInput = z.output<typeof updateDepartmentSchema>;
export type SetUnitActiveInput = z.output<typeof setUnitActiveSchema>;
export type MoveEnterpriseInput = z.output<typeof moveEnterpriseSchema>;
