// Pieces the API's answers share. Every answer is described by a zod schema: the OpenAPI document is
// generated from these, and the contract tests check real answers against that document.
import { z } from "zod";
import { idField } from "../forms/fields.ts";

export const instant = z.string().meta({ format: "date-time", description: "An instant in UTC (ISO 8601)." });
export const optionalInstant = instant.nullable();

/** A person named in both languages, without an id the reader has no use for. */
export const person = z.object({ name: z.string(), nameEn: z.string() });

/** A record named in both languages. */
export const named = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export const idParams = z.object({ id: idField.meta({ description: "The record's id." }) });

export const pageQuery = z.object({
  page: z.coerce
    .number()
    .int("errors.invalidField")
    .min(1, "errors.invalidField")
    .max(10_000, "errors.invalidField")
    .default(1),
});

/**
 * A page of a list: its rows, where it is, and how many there are in all, with any counts the list
 * tells beside them (`extra`), in the one named component.
 */
export const pageOf = <T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  row: T,
  id: string,
  extra?: E,
) =>
  z
    .object({
      items: z.array(row),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
      ...(extra ?? ({} as E)),
    })
    .meta({ id });

export const attachmentShape = z
  .object({ id: z.string(), fileName: z.string(), mimeType: z.string(), size: z.number().int(), createdAt: instant })
  .meta({ id: "Attachment" });

/** The documented form of the `attachments` field of a multipart body. */
export const filesField = z
  .array(z.string().meta({ format: "binary" }))
  .optional()
  .meta({ description: "Up to 5 photos or PDFs of at most 10 MB each, as repeated `attachments` parts." });
