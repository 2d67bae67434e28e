/** Larger files are not county registers but whole databases; they belong to a data migration. */
export const MAX_IMPORT_MB = 5;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;
/**
 * An .xlsx is a zip: 5 MB of it can unpack to gigabytes. Real sheets of MAX_IMPORT_ROWS rows unpack
 * to a few MB, so anything claiming more is refused before it is unpacked.
 */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Rows per commit call: small enough for one short transaction and a progress bar that moves. */
export const COMMIT_CHUNK_ROWS = 100;
