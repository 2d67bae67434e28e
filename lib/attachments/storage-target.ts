// Which store the environment names. No "server-only" here: the backup scripts use it too.
import path from "node:path";
import { localFolderStorage } from "./local-storage.ts";
import { s3Storage, type S3Target } from "./s3-storage.ts";
import type { AttachmentStorage } from "./storage-contract.ts";

export type StorageTarget = { kind: "local"; dir: string } | S3Target;

export const DEFAULT_UPLOAD_DIR = ".data/uploads";

const truthy = (value: string | undefined) => /^(1|true|yes)$/i.test(value?.trim() ?? "");

/**
 * ATTACHMENT_S3_BUCKET set: that bucket (ATTACHMENT_S3_ENDPOINT, ATTACHMENT_S3_REGION,
 * ATTACHMENT_S3_FORCE_PATH_STYLE, ATTACHMENT_S3_PREFIX; credentials from AWS_ACCESS_KEY_ID and the
 * SDK's other usual sources). Otherwise the folder UPLOAD_DIR (default .data/uploads, relative to the
 * working directory).
 */
export function storageTarget(env: Record<string, string | undefined> = process.env): StorageTarget {
  const bucket = env.ATTACHMENT_S3_BUCKET?.trim();
  if (bucket) {
    const prefix = env.ATTACHMENT_S3_PREFIX?.trim() ?? "";
    return {
      kind: "s3",
      bucket,
      // Servers other than AWS mostly ignore the region, but the request signature names one.
      region: env.ATTACHMENT_S3_REGION?.trim() || env.AWS_REGION?.trim() || "us-east-1",
      endpoint: env.ATTACHMENT_S3_ENDPOINT?.trim() || undefined,
      forcePathStyle: truthy(env.ATTACHMENT_S3_FORCE_PATH_STYLE),
      prefix: prefix && !prefix.endsWith("/") ? `${prefix}/` : prefix,
    };
  }
  // A folder chosen at run time, never part of the build: the ignore keeps the file tracer from
  // taking the whole project for it.
  return { kind: "local", dir: path.resolve(/* turbopackIgnore: true */ env.UPLOAD_DIR?.trim() || DEFAULT_UPLOAD_DIR) };
}

export function openStorage(target: StorageTarget): AttachmentStorage {
  switch (target.kind) {
    case "local":
      return localFolderStorage(target.dir);
    case "s3":
      return s3Storage(target);
  }
}

/** Where the target is, for messages and manifests (no credentials are part of it). */
export function describeTarget(target: StorageTarget): string {
  return target.kind === "local"
    ? target.dir
    : `s3://${target.bucket}/${target.prefix}${target.endpoint ? ` at ${target.endpoint}` : ""}`;
}
