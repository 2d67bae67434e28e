// Shared by the browser (immediate feedback) and the server (the check that counts), so both
// refuse the same files.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 5;
export const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);

/** Types recognised from a file's first bytes. SVG is absent on purpose: it can carry scripts. */
export const ALLOWED_MIME_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
  "image/heic",
  "application/pdf",
] as const;
export type AttachmentMimeType = (typeof ALLOWED_MIME_TYPES)[number];

/** File-name endings that agree with each type; the first is added when a name has none of them. */
export const EXTENSIONS: Record<AttachmentMimeType, readonly string[]> = {
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
  "image/gif": [".gif"],
  "image/heic": [".heic", ".heif"],
  "application/pdf": [".pdf"],
};

/** Types every current browser draws in an <img>; HEIC mostly is not, so it gets no thumbnail. */
export const THUMBNAIL_TYPES: readonly string[] = ["image/jpeg", "image/png", "image/webp", "image/gif"];

/** Types served to open in the browser (a photo, a PDF); anything else would be offered as a download. */
export const INLINE_TYPES: readonly string[] = [...THUMBNAIL_TYPES, "image/heic", "application/pdf"];

export function isAllowedMimeType(value: string): value is AttachmentMimeType {
  return (ALLOWED_MIME_TYPES as readonly string[]).includes(value);
}

export type SizeUnit = "bytes" | "kb" | "mb";

/** A byte count as a number and unit for the `attachments.sizes.*` messages. */
export function sizeParts(bytes: number): { unit: SizeUnit; size: number } {
  if (bytes < 1024) return { unit: "bytes", size: bytes };
  if (bytes < 1024 * 1024) return { unit: "kb", size: Math.round(bytes / 1024) };
  return { unit: "mb", size: Math.round((bytes / (1024 * 1024)) * 10) / 10 };
}
