/** Full-width forms, case, spaces and the "*" templates put on required columns do not matter. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s*_]+/g, "");
}
