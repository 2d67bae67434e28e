import { z } from "zod";
import { isBlankPart } from "../../forms/blank-part.ts";
import { IMPORT_FIELDS, type ImportField } from "./columns.ts";
import { COMMIT_CHUNK_ROWS, MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "./limits.ts";

/** The uploaded register; its type is read from its bytes by the command, not from its name. */
export const previewImportSchema = z.object({
  file: z.unknown().transform((value, ctx) => {
    if (!(value instanceof Blob) || isBlankPart(value)) {
      ctx.addIssue({ code: "custom", message: "enterpriseImport.errors.fileRequired" });
      return z.NEVER;
    }
    if (value.size === 0) {
      ctx.addIssue({ code: "custom", message: "enterpriseImport.errors.empty" });
      return z.NEVER;
    }
    if (value.size > MAX_IMPORT_BYTES) {
      ctx.addIssue({ code: "custom", message: "enterpriseImport.errors.tooLarge", params: { maxMb: MAX_IMPORT_MB } });
      return z.NEVER;
    }
    return value;
  }),
});

// Longer than any field the registry keeps; the row check gives the precise message.
const cell = z.string().max(1000, "errors.invalidField").optional();

/**
 * A chunk of rows the preview found valid, as the sheet had them. They come back from the browser, so
 * the command checks each one again exactly as the preview did.
 */
export const commitImportSchema = z.object({
  rows: z
    .array(
      z.object({
        line: z.number().int().min(1).max(1_000_000),
        values: z.object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, cell])) as Record<ImportField, typeof cell>),
      }),
    )
    .min(1, "errors.invalidField")
    .max(COMMIT_CHUNK_ROWS, "errors.invalidField"),
});
