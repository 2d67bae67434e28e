// RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * alone, the header grammar does not.
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A name part for the plain ASCII `filename`: letters, digits, "-", "_" and "." only, runs of
 * anything else as one "-". Empty when nothing ASCII is left (a Chinese name), so callers fall back.
 */
export function asciiPart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
}

/**
 * The Content-Disposition of a download: the full (Chinese) name as RFC 5987 `filename*`, which
 * current browsers use, and an ASCII stand-in as `filename` for clients that read only that. Both
 * carry the same extension; parts are joined with "-" and empty ones left out.
 */
export function downloadDisposition(
  { name, ascii }: { name: readonly string[]; ascii: readonly string[] },
  extension: string,
): string {
  const full = name
    .map((p) => p.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").trim())
    .filter(Boolean)
    .join("-");
  const plain = ascii.map(asciiPart).filter(Boolean).join("-") || "download";
  return `attachment; filename="${plain}.${extension}"; filename*=UTF-8''${encodeRfc5987(`${full || plain}.${extension}`)}`;
}
