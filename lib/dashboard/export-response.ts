import "server-only";
import Papa from "papaparse";
import { cellText } from "../spreadsheet/cells.ts";
import { downloadDisposition } from "../spreadsheet/download-name.ts";
import { writeWorkbook } from "../spreadsheet/write-workbook.ts";
import type { Table } from "./export-tables.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A dashboard export as a download: CSV (one table) or an XLSX workbook (a sheet per table), each
 * sheet titled with the scope and period, and the file named after them in both the reader's
 * language and an ASCII stand-in (see downloadDisposition).
 */
export async function exportResponse({
  tables,
  format,
  sheetTitle,
  fileName,
}: {
  /** Dashboard tables, or any list exported the same way (an advisory's enterprises not reached yet). */
  tables: readonly Pick<Table, "title" | "columns" | "rows">[];
  format: "csv" | "xlsx";
  sheetTitle: (table: string) => string;
  fileName: { name: readonly string[]; ascii: readonly string[] };
}): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "csv") {
    const only = tables[0]!;
    // The byte-order mark makes Excel read the file as UTF-8 (Chinese names stay legible).
    const body =
      "\uFEFF" +
      Papa.unparse({ fields: only.columns, data: only.rows.map((r) => r.map(cellText)) }, { escapeFormulae: true });
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": downloadDisposition(fileName, "csv"),
      },
    });
  }
  const book = await writeWorkbook(
    tables.map((x) => ({ sheet: x.title, title: sheetTitle(x.title), columns: x.columns, rows: x.rows })),
  );
  return new Response(book, {
    headers: { ...headers, "Content-Type": XLSX, "Content-Disposition": downloadDisposition(fileName, "xlsx") },
  });
}
