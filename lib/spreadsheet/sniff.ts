// What an uploaded register really is, from its bytes: the name and declared type are the sender's word.

export type SheetKind = "xlsx" | "csv" | "xls";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The pre-2007 binary workbook (OLE2 container); it is read by nothing here. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_PROBE_BYTES = 4096;

const startsWith = (bytes: Uint8Array, sig: readonly number[]) =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

export function sniffSheetKind(bytes: Uint8Array): SheetKind | null {
  if (startsWith(bytes, ZIP)) return "xlsx";
  if (startsWith(bytes, OLE2)) return "xls";
  // Text has no NUL bytes in UTF-8 or GB18030; images, PDFs and executables nearly always do early on.
  if (bytes.subarray(0, TEXT_PROBE_BYTES).includes(0)) return null;
  return "csv";
}

/**
 * The total unpacked size a zip's central directory declares, or null when the directory cannot be
 * read (including zip64, which no sheet of our size needs).
 */
export function zipUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End-of-central-directory record: at least 22 bytes from the end, followed by a comment of up to 64 KB.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
