/** Larger sheets are not registers or staff lists but whole databases; they belong to a data migration. */
export const MAX_SHEET_ROWS = 5_000;
/**
 * An .xlsx is a zip: a few MB of it can unpack to gigabytes. Real sheets of MAX_SHEET_ROWS rows unpack
 * to a few MB, so anything claiming more is refused before it is unpacked.
 */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;
