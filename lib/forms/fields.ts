import { z } from "zod";

/** A record id from a hidden field or a select; anything longer than an id cannot match one. */
export const idField = z
  .string({ message: "errors.invalidField" })
  .trim()
  .min(1, "errors.invalidField")
  .max(64, "errors.invalidField");

/** An optional id from a select or hidden field, where "" means none. */
export const optionalIdField = z
  .string()
  .trim()
  .max(64, "errors.invalidField")
  .optional()
  .transform((v) => v || undefined);

/** The version the user saw; a change since then is a conflict, never a silent overwrite. */
export const versionField = z.coerce.number({ message: "errors.invalidField" }).int().min(0);

/** Required free text with its messages under one key: `<key>Required` and `<key>TooLong`. */
export const requiredText = (min: number, max: number, key: string) =>
  z
    .string({ message: `${key}Required` })
    .trim()
    .min(min, `${key}Required`)
    .max(max, `${key}TooLong`);

const YES = ["on", "true", "1", "yes", "y", "是"];
const NO = ["", "off", "false", "0", "no", "n", "否"];

/**
 * A yes/no field: a form checkbox ("on" when ticked, absent when not), a sheet cell (是/否, yes/no,
 * 1/0, true/false) or a boolean from code. Anything else is an error, never a silent "no".
 */
export const yesNoField = (message = "errors.invalidField") =>
  z.preprocess((v) => {
    if (typeof v === "boolean") return v;
    const s = String(v ?? "")
      .trim()
      .toLowerCase();
    if (YES.includes(s)) return true;
    if (NO.includes(s)) return false;
    return s;
  }, z.boolean({ message }));
