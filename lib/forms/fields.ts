import { z } from "zod";

// C0 controls and DEL, but not tab, line feed and carriage return, which multi-line text legitimately holds.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether the text holds a control character that no form field may carry. */
export const hasControlCharacter = (text: string) => CONTROL_CHARACTER.test(text);

/**
 * The start of every text or id field: a string without control characters. PostgreSQL refuses NUL
 * in text (error 22021), which would otherwise surface as an unexpected error instead of at the
 * field, and the others are invisible on screen and in exports. The check stops the field's other
 * checks, so the user sees the one message that explains the problem.
 */
export const plainString = (message?: string) =>
  z
    .string(message === undefined ? undefined : { message })
    .refine((s) => !hasControlCharacter(s), { message: "errors.controlCharacter", abort: true });

/** A record id from a hidden field or a select; anything longer than an id cannot match one. */
export const idField = plainString("errors.invalidField")
  .trim()
  .min(1, "errors.invalidField")
  .max(64, "errors.invalidField");

/** An id the user must choose (an officer, an enterprise), with the field's own message when none is chosen. */
export const requiredId = (message: string) =>
  plainString(message).trim().min(1, message).max(64, "errors.invalidField");

/** An optional id from a select or hidden field, where "" means none. */
export const optionalIdField = plainString()
  .trim()
  .max(64, "errors.invalidField")
  .optional()
  .transform((v) => v || undefined);

/** The version the user saw; a change since then is a conflict, never a silent overwrite. */
export const versionField = z.coerce.number({ message: "errors.invalidField" }).int().min(0);

/** Required free text with its messages under one key: `<key>Required` and `<key>TooLong`. */
export const requiredText = (min: number, max: number, key: string) =>
  plainString(`${key}Required`).trim().min(min, `${key}Required`).max(max, `${key}TooLong`);

/** Optional free text, "" when left out; `message` is the too-long message. */
export const optionalText = (max: number, message: string) =>
  plainString().trim().max(max, message).optional().default("");

const YES = ["on", "true", "1", "yes", "y", "是"];
const NO = ["", "off", "false", "0", "no", "n", "否"];

/**
 * A yes/no field: a form checkbox ("on" when ticked, absent when not), a sheet cell (是/否, yes/no,
 * 1/0, true/false) or a boolean from code. Anything else is an error, never a silent "no".
 */
export const yesNoField = (message = "errors.invalidField") =>
  z.preprocess((v) => {
    if (typeof v === "boolean") return v;
    // Only text and numbers are read; anything else (an object posted by a crafted request, which
    // may not even turn into text) is left for the boolean check to refuse.
    if (v !== undefined && v !== null && typeof v !== "string" && typeof v !== "number") return v;
    const s = String(v ?? "")
      .trim()
      .toLowerCase();
    if (YES.includes(s)) return true;
    if (NO.includes(s)) return false;
    return s;
  }, z.boolean({ message }));
