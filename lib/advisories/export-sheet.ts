import "server-only";
import { dateTimeCell, type Cell } from "../spreadsheet/cells.ts";
import type { allPendingRecipients } from "./queries.ts";

type Row = Awaited<ReturnType<typeof allPendingRecipients>>[number];

/** The columns of the exported list, in order; their words are `advisories.columns.<key>`. */
export const PENDING_COLUMNS = ["enterprise", "creditCode", "station", "workstation", "readAt", "reminded"] as const;

/** The enterprises not reached yet as sheet rows, names in the reader's language. */
export function pendingSheetRows(rows: Row[], name: (zh: string, en: string | null) => string): Cell[][] {
  return rows.map((r) => [
    name(r.enterprise.name, r.enterprise.nameEn),
    r.enterprise.creditCode,
    name(r.enterprise.workstation.station.name, r.enterprise.workstation.station.nameEn),
    name(r.enterprise.workstation.name, r.enterprise.workstation.nameEn),
    dateTimeCell(r.readAt),
    r.remindCount,
  ]);
}
