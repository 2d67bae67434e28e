// Excel on Chinese Windows saves "CSV" in the system code page (GB18030 family); other tools save
// UTF-8, with or without a byte-order mark. A GB18030 file is almost never valid UTF-8, so strict
// UTF-8 decoding that fails is a reliable sign of the other.

const BOM = [0xef, 0xbb, 0xbf];

export function decodeCsv(bytes: Uint8Array): string {
  if (BOM.every((b, i) => bytes[i] === b)) return new TextDecoder("utf-8").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
