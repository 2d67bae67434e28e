import { z } from "zod";
import { isBlankPart } from "../forms/blank-part.ts";
import { ATTACHMENT_ERRORS, fileProblems } from "./file-checks.ts";

export { ATTACHMENT_ERRORS } from "./file-checks.ts";

function toFiles(value: unknown, ctx: z.core.$RefinementCtx<unknown>): File[] {
  const list = (value === null ? [] : Array.isArray(value) ? value : [value]).filter((v) => !isBlankPart(v));
  const files = list.filter((v): v is File => v instanceof File);
  if (files.length !== list.length) {
    ctx.addIssue({ code: "custom", message: ATTACHMENT_ERRORS.invalid, input: value });
    return z.NEVER;
  }
  for (const { message, params } of fileProblems(files))
    ctx.addIssue({ code: "custom", message, params, input: value });
  return files;
}

/**
 * The `attachments` form field: absent, one File or several, always File[] afterwards. Issues carry
 * message keys, their values in `params`, and no path of their own so that they land on the field.
 * The type is not checked here: that needs the bytes, and an async check would force every action
 * schema containing this field onto `parseAsync`.
 */
export const attachmentFilesSchema = z
  .unknown()
  .transform(toFiles)
  // Without a default, an object holding this field would demand the key even when no file is sent.
  .default(() => []);

/** Attachment ids are cuids; anything else cannot exist and is answered like a missing one. */
export const attachmentIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i);

/** The message values of an issue raised by `attachmentFilesSchema` (for translating it). */
export function issueValues(issue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  return issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined;
}
