import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ActionError } from "../auth/errors.ts";
import { decodeCsv } from "./decode.ts";
import { MAX_SHEET_ROWS, MAX_XLSX_UNPACKED_BYTES } from "./limits.ts";
import { sniffSheetKind, zipUnpackedSize } from "./sniff.ts";

/** A non-blank row with its number as the spreadsheet shows it (the header is row 1 of a plain sheet). */
export type SheetRow = { line: number; cells: string[] };

const fileError = (key: string, values?: Record<string, string | number>) =>
  new ActionError(`spreadsheet.errors.${key}`, { file: [`spreadsheet.errors.${key}`] }, values);

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** The header row and the data rows of the first sheet of an .xlsx or a CSV; blank rows are dropped. */
export async function readSheet(bytes: Uint8Array): Promise<{ header: string[]; rows: SheetRow[] }> {
  const kind = sniffSheetKind(bytes);
  if (kind === "xls") throw fileError("legacyXls");
  if (kind === null) throw fileError("type");
  const all = kind === "xlsx" ? await xlsxRows(bytes) : csvRows(bytes);
  const rows = all.filter((r) => !isBlank(r.cells));
  const [header, ...data] = rows;
  if (!header) throw fileError("noHeader");
  if (data.length > MAX_SHEET_ROWS) throw fileError("tooManyRows", { max: MAX_SHEET_ROWS });
  return { header: header.cells, rows: data };
}

function csvRows(bytes: Uint8Array): SheetRow[] {
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false });
  return parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map(String) }));
}

async function xlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === null) throw fileError("unreadable");
  if (unpacked > MAX_XLSX_UNPACKED_BYTES)
    throw fileError("unpackedTooLarge", { maxMb: MAX_XLSX_UNPACKED_BYTES / 1024 / 1024 });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are passed as they are.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw fileError("unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError("noHeader");
  // Counting first keeps a sheet with a million formatted rows from being walked cell by cell.
  if (sheet.actualRowCount > MAX_SHEET_ROWS + 1) throw fileError("tooManyRows", { max: MAX_SHEET_ROWS });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    rows.push({ line, cells });
  });
  return rows;
}

/** What the cell shows: formulas by their result, rich text joined, numbers without exponent noise. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  try {
    return cell.text ?? "";
  } catch {
    return "";
  }
}
