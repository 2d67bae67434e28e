import "server-only";
import { getDb } from "../db/index.ts";
import { currentRequestLogger } from "../log/current-request.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { attachmentScope } from "./policy.ts";
import { attachmentIdSchema } from "./schema.ts";
import { getStorage } from "./storage.ts";

const shown = {
  id: true,
  storageKey: true,
  fileName: true,
  mimeType: true,
  size: true,
  sha256: true,
  createdAt: true,
} as const;

/** The attachment when the user may see the record it belongs to; null when missing or out of scope. */
export async function findAttachmentForUser(user: SessionUser, id: string) {
  if (!attachmentIdSchema.safeParse(id).success) return null;
  return getDb().attachment.findFirst({ where: { AND: [{ id }, attachmentScope(user)] }, select: shown });
}

/**
 * The attachment with its stored bytes as a stream, for serving; null (answered as 404) also when
 * the bytes are gone. The stream must be read or cancelled: it holds a file or a connection open.
 */
export async function openAttachmentForUser(user: SessionUser, id: string) {
  const attachment = await findAttachmentForUser(user, id);
  if (!attachment) return null;
  const file = await getStorage().open(attachment.storageKey);
  if (!file) {
    const log = await currentRequestLogger(user);
    log.error({ attachmentId: attachment.id, storageKey: attachment.storageKey }, "attachment bytes missing");
    return null;
  }
  return { attachment, file };
}
