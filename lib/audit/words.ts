// Audit rows in words, for the page, the history section and the exported sheet alike. Takes the
// root translator (next-intl's `getTranslations()`), so it stays free of React and of the request.
import { chinaDateTime } from "../time/china.ts";
import type { AuditValue, FieldChange } from "./diff.ts";

/** A name in the reader's language: the English form when reading English and one exists. */
const localized = (locale: string, zh: string, en: string) => (locale === "en" && en ? en : zh);

/** The part of a translator these functions use. */
export type Words = {
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  locale: string;
};

function word(words: Words, key: string, fallback: string): string {
  return words.has(key) ? words.t(key) : fallback;
}

/** "受理问题" / "Accepted the ticket"; an action the messages do not know keeps its raw name. */
export function actionWords(words: Words, action: string): string {
  return word(words, `audit.actions.${action}`, action);
}

/** "问题账单" / "Ticket"; an unknown kind keeps its raw name. */
export function entityWords(words: Words, entity: string): string {
  return word(words, `audit.entities.${entity}`, entity);
}

export function fieldWords(words: Words, field: string): string {
  return word(words, `audit.fields.${field}`, field);
}

/** A value as one line of text. */
export function valueWords(words: Words, value: AuditValue): string {
  switch (value.kind) {
    case "empty":
      return "—";
    case "text":
    case "masked":
      return value.text;
    case "number":
      return new Intl.NumberFormat(words.locale).format(value.value);
    case "bool":
      return words.t(value.value ? "audit.values.yes" : "audit.values.no");
    case "date":
      return chinaDateTime(new Date(value.iso));
    case "enum":
      return word(words, `${value.namespace}.${value.value}`, value.value);
    case "ref":
      return value.id;
    case "named":
      return localized(words.locale, value.name, value.nameEn);
    case "unknown":
      return words.t("audit.values.unknown");
    case "list":
      return value.items.length
        ? value.items.map((item) => valueWords(words, item)).join(words.locale === "en" ? ", " : "、")
        : "—";
    case "object":
      return value.entries.map((e) => `${fieldWords(words, e.field)}: ${valueWords(words, e.value)}`).join("; ");
  }
}

/** A list of changes as one cell of text ("状态: 已提交 → 已受理; …"), for the exported sheet. */
export function changesWords(words: Words, changes: readonly FieldChange[]): string {
  return changes
    .map((c) => `${fieldWords(words, c.field)}: ${valueWords(words, c.before)} → ${valueWords(words, c.after)}`)
    .join("; ");
}
