// The audit view's rows as a sheet: one line per audit row, every value in words, in the reader's
// language. The route handler writes it as XLSX or CSV.
import { chinaDateTime } from "../time/china.ts";
import type { PreparedEvent } from "./queries.ts";
import { actionWords, changesWords, entityWords, type Words } from "./words.ts";

export type AuditSheet = { columns: string[]; rows: string[][] };

const COLUMNS = ["time", "actor", "action", "entity", "entityId", "changes"] as const;

export function auditSheet(words: Words, events: readonly PreparedEvent[], truncated: boolean): AuditSheet {
  const name = (actor: PreparedEvent["actor"]) =>
    actor ? (words.locale === "en" && actor.nameEn ? actor.nameEn : actor.name) : words.t("audit.system");
  const rows = events.map((e) => [
    chinaDateTime(e.at),
    name(e.actor),
    actionWords(words, e.action),
    entityWords(words, e.entity),
    e.entityId,
    changesWords(words, e.changes),
  ]);
  // A cut-off export says so in its last line rather than passing for the whole log.
  if (truncated) rows.push([words.t("audit.export.truncated"), "", "", "", "", ""]);
  return { columns: COLUMNS.map((c) => words.t(`audit.export.columns.${c}`)), rows };
}
