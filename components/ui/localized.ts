/** Picks the English form of a name when the reader uses English and one exists. */
export function localized(locale: string, zh: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : zh;
}
