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

/** The format a cell is written with: counts as whole numbers, the typed kinds as theirs; text none. */
function formatOf(cell: Cell): string | undefined {
  if (typeof cell === "number") return NUMBER_FORMATS.count;
  return cell !== null && typeof cell === "object" ? NUMBER_FORMATS[cell.kind] : undefined;
}

/**
 * Tables as an XLSX workbook, one sheet each: a title row (spread over the table's width), a bold
 * header row frozen with it so that it stays in view while scrolling and repeated on every printed
 * page, counts, shares, figures and dates as typed cells with their formats, and columns as wide as
 * their contents (a Chinese character counting twice). Every export goes through here.
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
    // The title is as long as it needs to be: spread over the table, it widens no column.
    if (table.columns.length > 1) sheet.mergeCells(1, 1, 1, table.columns.length);
    sheet.addRow(table.columns).font = { bold: true };
    sheet.pageSetup.printTitlesRow = "1:2";
    const widths = table.columns.map((c) => displayWidth(c));
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(cellValue));
      cells.forEach((cell, i) => {
        const format = formatOf(cell);
        if (format) row.getCell(i + 1).numFmt = format;
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
