import ExcelJS from "exceljs";
import { cellText, cellValue, displayWidth, NUMBER_FORMATS, type Cell } from "./cells.ts";

export type SheetTable = {
  /** The sheet's tab; cut to Excel's 31 characters. */
  sheet: string;
  /** The first row: what the table is, for which place and period, so a printed or forwarded sheet says so. */
  title: string;
  columns: string[];
  rows: Cell[][];
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * Tables as an XLSX workbook, one sheet each: a title row, a bold header row frozen with it so that
 * it stays in view while scrolling, numbers and dates as typed cells with their formats, and columns
 * as wide as their contents.
 */
export async function writeWorkbook(tables: readonly SheetTable[]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = book.addWorksheet(uniqueSheetName(table.sheet, used), {
      views: [{ state: "frozen", ySplit: 2 }],
    });
    const title = sheet.addRow([table.title]);
    title.font = { bold: true, size: 13 };
    sheet.addRow(table.columns).font = { bold: true };
    const widths = table.columns.map((c) => displayWidth(c));
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(cellValue));
      cells.forEach((cell, i) => {
        if (cell !== null && typeof cell === "object") row.getCell(i + 1).numFmt = NUMBER_FORMATS[cell.kind];
        widths[i] = Math.max(widths[i] ?? 0, displayWidth(cellText(cell)));
      });
    }
    widths.forEach((w, i) => (sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2))));
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

// Excel refuses two sheets of one name and these characters in any.
function uniqueSheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}
