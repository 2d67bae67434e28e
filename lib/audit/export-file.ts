// The exported audit sheet as a file: XLSX for reading, CSV for other tools. Kept apart from the
// route handler so that the bytes a user downloads are what the tests read back.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { AuditSheet } from "./sheet.ts";

export type ExportFormat = "xlsx" | "csv";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function auditFile(
  sheet: AuditSheet,
  format: ExportFormat,
  sheetName: string,
): Promise<{ body: ArrayBuffer | string; contentType: string }> {
  if (format === "csv") {
    // The byte-order mark makes Excel read the file as UTF-8; escaping keeps a cell from running as a formula.
    const body = "\uFEFF" + Papa.unparse({ fields: sheet.columns, data: sheet.rows }, { escapeFormulae: true });
    return { body, contentType: "text/csv; charset=utf-8" };
  }
  const book = new ExcelJS.Workbook();
  // Sheet names may not exceed 31 characters.
  const ws = book.addWorksheet(sheetName.slice(0, 31));
  ws.addRow(sheet.columns).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
  ws.columns.forEach((column, i) => (column.width = i === sheet.columns.length - 1 ? 80 : 20));
  return { body: (await book.xlsx.writeBuffer()) as ArrayBuffer, contentType: XLSX_TYPE };
}
