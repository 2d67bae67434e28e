// What a search box matches: the typed text as it is, anywhere in the field. Prisma puts `contains`
// into a LIKE pattern unescaped, so a typed "%" or "_" would otherwise match every row.

/** The text as a LIKE pattern that matches only itself (PostgreSQL's default escape is the backslash). */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** A `contains` filter for the typed text; case-insensitive unless the field is stored in one case. */
export function containsText(text: string, options: { caseSensitive?: boolean } = {}) {
  return options.caseSensitive
    ? { contains: likeLiteral(text) }
    : { contains: likeLiteral(text), mode: "insensitive" as const };
}
