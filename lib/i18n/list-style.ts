/**
 * How names are listed in running text: "甲、乙、丙" in Chinese and "A, B, C" in English. The narrow
 * style keeps the Chinese enumeration comma without the "和" a long list would add before its last item.
 */
export const NAME_LIST: Intl.ListFormatOptions = { type: "conjunction", style: "narrow" };

/** Message values whose lists are written out in the reader's language ("甲、乙" / "A, B"). */
export type ListValues = Record<string, string | number | readonly string[]>;

export function withListsWritten(values: ListValues | undefined, locale: string) {
  if (!values) return undefined;
  const list = new Intl.ListFormat(locale, NAME_LIST);
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? list.format(value) : value]),
  ) as Record<string, string | number>;
}
