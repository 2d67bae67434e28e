import { EXTENSIONS, type AttachmentMimeType } from "./limits.ts";

export const MAX_FILE_NAME_CHARS = 200;

// Control characters break headers and logs; bidi overrides make "gpj.exe" read as "exe.jpg".
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
// Reserved on Windows and meaningless in a display name; a saved download keeps working everywhere.
const RESERVED = /[/\\:*?"<>|]/g;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** Cuts by code point, never through a surrogate pair, keeping the extension when there is room. */
function truncate(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const ext = Array.from(extensionOf(name));
  const keepExt = ext.length > 0 && ext.length <= 16;
  return keepExt
    ? chars
        .slice(0, max - ext.length)
        .join("")
        .trimEnd() + ext.join("")
    : chars.slice(0, max).join("");
}

/**
 * The name shown and offered on download: the sender's base name, cleaned, with an ending that
 * matches the real type (so "scan.jpg" that is a PDF is saved as "scan.jpg.pdf"). Never used as a path.
 */
export function sanitizeFileName(raw: string, mimeType: AttachmentMimeType): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  let name = base.normalize("NFC").replace(UNSAFE, "").replace(RESERVED, "_").replace(/\s+/g, " ").trim();
  name = name.replace(/^\.+/, "").trim();
  const wanted = EXTENSIONS[mimeType];
  if (!name) name = "attachment";
  if (!wanted.includes(extensionOf(name))) name += wanted[0];
  return truncate(name, MAX_FILE_NAME_CHARS);
}
