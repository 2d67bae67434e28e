/**
 * How names are listed in running text: "甲、乙、丙" in Chinese and "A, B, C" in English. The narrow
 * style keeps the Chinese enumeration comma without the "和" a long list would add before its last item.
 */
export const NAME_LIST: Intl.ListFormatOptions = { type: "conjunction", style: "narrow" };
