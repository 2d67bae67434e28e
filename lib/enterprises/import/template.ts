import ExcelJS from "exceljs";
import { HEADER_ALIASES, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "./columns.ts";
import { TEMPLATE_SAMPLE } from "./sample.ts";

/**
 * An .xlsx with the headers (required ones marked) and one marked example row; the import skips that
 * row with a message of its own, whether it is deleted, overwritten or left in.
 */
export async function importTemplate(example: Partial<Record<ImportField, string | number>> = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("企业名单");
  sheet.addRow(
    IMPORT_FIELDS.map((f) => (REQUIRED_FIELDS.includes(f) ? `*${HEADER_ALIASES[f][0]}` : HEADER_ALIASES[f][0])),
  );
  sheet.addRow(IMPORT_FIELDS.map((f) => example[f] ?? TEMPLATE_SAMPLE[f]));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { italic: true, color: { argb: "FF64748B" } };
  // Codes are text: as numbers, Excel would round an all-digit code to 15 significant digits.
  sheet.getColumn(IMPORT_FIELDS.indexOf("creditCode") + 1).numFmt = "@";
  sheet.columns.forEach((column) => (column.width = 20));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
