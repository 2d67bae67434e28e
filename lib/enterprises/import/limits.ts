import { MAX_SHEET_ROWS } from "../../spreadsheet/limits.ts";

/** Larger files are not county registers but whole databases; they belong to a data migration. */
export const MAX_IMPORT_MB = 5;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
export const MAX_IMPORT_ROWS = MAX_SHEET_ROWS;
/** Rows per commit call: small enough for one short transaction and a progress bar that moves. */
export const COMMIT_CHUNK_ROWS = 100;
