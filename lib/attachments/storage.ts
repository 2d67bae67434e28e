import "server-only";
import { storageTarget, openStorage, type StorageTarget } from "./storage-target.ts";
import type { AttachmentStorage } from "./storage-contract.ts";

export { assertStorageKey, chunksOf, isStorageKey, newStorageKey, readWhole } from "./storage-contract.ts";
export type { AttachmentStorage, StoredEntry, StoredFile } from "./storage-contract.ts";
export { localFolderStorage } from "./local-storage.ts";
export { s3Storage } from "./s3-storage.ts";
export { DEFAULT_UPLOAD_DIR, storageTarget, type StorageTarget } from "./storage-target.ts";

/**
 * The configured store: the local folder by default, an S3 bucket when ATTACHMENT_S3_BUCKET is set
 * (needed once the app runs on several machines without a shared volume). Read from the environment
 * on every call, so tests may point it elsewhere between calls; S3 clients are kept per configuration.
 */
export function getStorage(target: StorageTarget = storageTarget()): AttachmentStorage {
  return openStorage(target);
}
