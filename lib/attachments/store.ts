import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { ActionError } from "../auth/errors.ts";
import { currentRequestLogger } from "../log/current-request.ts";
import { sanitizeFileName } from "./file-name.ts";
import type { AttachmentMimeType } from "./limits.ts";
import { ATTACHMENT_ERRORS, attachmentFilesSchema, issueValues } from "./schema.ts";
import { sniffMimeType } from "./sniff.ts";
import { getStorage, newStorageKey } from "./storage.ts";

/** A file already in storage, waiting for its database row. */
export type PreparedUpload = {
  storageKey: string;
  fileName: string;
  mimeType: AttachmentMimeType;
  size: number;
  sha256: string;
};

/**
 * Checks every file (limits, then real type from its bytes) before storing any, then stores them
 * all. Callers write the rows in their transaction and call `discardUploads` if it fails. Errors
 * land on `field`, the form field the files came from.
 */
export async function prepareUploads(files: File[], field = "attachments"): Promise<PreparedUpload[]> {
  // Callers may hand over files that never went through the form schema; the limits hold anyway.
  const checked = attachmentFilesSchema.safeParse(files);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    throw new ActionError(first.message, { [field]: checked.error.issues.map((i) => i.message) }, issueValues(first));
  }

  const read = await Promise.all(
    checked.data.map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const mimeType = sniffMimeType(bytes);
      if (!mimeType)
        throw new ActionError(ATTACHMENT_ERRORS.type, { [field]: [ATTACHMENT_ERRORS.type] }, { name: file.name });
      return { bytes, upload: toUpload(file.name, mimeType, bytes) };
    }),
  );

  const storage = getStorage();
  const stored: PreparedUpload[] = [];
  try {
    for (const { bytes, upload } of read) {
      await storage.put(upload.storageKey, bytes);
      stored.push(upload);
    }
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
  return stored;
}

function toUpload(name: string, mimeType: AttachmentMimeType, bytes: Uint8Array): PreparedUpload {
  return {
    storageKey: newStorageKey(),
    fileName: sanitizeFileName(name, mimeType),
    mimeType,
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

const ownerSchema = z
  .object({
    bureauId: z.string().min(1),
    uploadedById: z.string().min(1),
    ticketId: z.string().min(1).optional(),
    hazardId: z.string().min(1).optional(),
    patrolLogId: z.string().min(1).optional(),
    advisoryId: z.string().min(1).optional(),
  })
  .strict()
  // Residency documents point at their attachment instead, so "no owner yet" is allowed.
  .refine(
    (o) => [o.ticketId, o.hazardId, o.patrolLogId, o.advisoryId].filter(Boolean).length <= 1,
    "an attachment belongs to one record",
  );

export type AttachmentOwner = z.input<typeof ownerSchema>;

/** The rows for `tx.attachment.createMany`, tied to one record and the uploader's bureau. */
export function attachmentRows(prepared: PreparedUpload[], owner: AttachmentOwner): Prisma.AttachmentCreateManyInput[] {
  const o = ownerSchema.parse(owner);
  return prepared.map((p) => ({
    ...p,
    bureauId: o.bureauId,
    uploadedById: o.uploadedById,
    ticketId: o.ticketId ?? null,
    hazardId: o.hazardId ?? null,
    patrolLogId: o.patrolLogId ?? null,
    advisoryId: o.advisoryId ?? null,
  }));
}

/** Removes stored files whose rows were never written. Never throws: the caller's error matters more. */
export async function discardUploads(prepared: PreparedUpload[]): Promise<void> {
  const storage = getStorage();
  const results = await Promise.allSettled(prepared.map((p) => storage.remove(p.storageKey)));
  const failures = results.filter((result) => result.status === "rejected");
  if (!failures.length) return;
  const log = await currentRequestLogger();
  for (const failure of failures) log.error({ err: failure.reason }, "attachment cleanup failed");
}
