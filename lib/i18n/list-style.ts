/**
 * How names are listed in running text: "甲、乙、丙" in Chinese and "A, B, C" in English. The narrow
 * style keeps the Chinese enumeration comma without the "和" a long list would add before its last item.
 */
export const NAME_LIST: Intl.ListFormatOptions = { type: "conjunction", style: "narrow" };

/** A name kept in both languages (a record's `name` and `nameEn`), written in the reader's. */
export type BilingualName = { readonly zh: string; readonly en: string };
type Name = string | BilingualName;

/** Message values whose names and lists are written out in the reader's language ("甲、乙" / "A, B"). */
export type ListValues = Record<string, string | number | BilingualName | readonly Name[]>;

function nameFor(name: Name, locale: string): string {
  if (typeof name === "string") return name;
  return locale.startsWith("zh") ? name.zh : name.en || name.zh;
}

export function withListsWritten(values: ListValues | undefined, locale: string) {
  if (!values) return undefined;
  const list = new Intl.ListFormat(locale, NAME_LIST);
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      if (Array.isArray(value)) return [key, list.format(value.map((name: Name) => nameFor(name, locale)))];
      return [key, typeof value === "object" ? nameFor(value as BilingualName, locale) : value];
    }),
  ) as Record<string, string | number>;
}
