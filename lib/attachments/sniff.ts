import type { AttachmentMimeType } from "./limits.ts";

// The file name and the browser's declared type are whatever the sender says; only the leading
// bytes tell what a browser or viewer will actually do with the file.

/** How many leading bytes `sniffMimeType` needs at most. */
export const SNIFF_BYTES = 64;

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

function text(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const GIF87 = ascii("GIF87a");
const GIF89 = ascii("GIF89a");
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
// Strictly at offset 0: readers tolerate junk before it, but a polyglot file is not a PDF we want.
const PDF = ascii("%PDF-");

const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx"]);
// Generic HEIF brands are shared with AVIF; they count only when a HEIC brand is listed too.
const HEIF_GENERIC = new Set(["mif1", "msf1"]);

/** An ISO-BMFF `ftyp` box whose brands say HEIC. */
function isHeic(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii("ftyp"), 4)) return false;
  const major = text(bytes, 8, 12);
  if (HEIC_BRANDS.has(major)) return true;
  if (!HEIF_GENERIC.has(major)) return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length);
  for (let at = 16; at + 4 <= end; at += 4) {
    if (HEIC_BRANDS.has(text(bytes, at, at + 4))) return true;
  }
  return false;
}

/** The real type of a file from its first bytes, or null when it is none of the allowed types. */
export function sniffMimeType(bytes: Uint8Array): AttachmentMimeType | null {
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return "image/gif";
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp";
  if (startsWith(bytes, PDF)) return "application/pdf";
  if (isHeic(bytes)) return "image/heic";
  return null;
}
