import ExcelJS from "exceljs";
import Papa from "papaparse";
import { authorizeRequest } from "@/lib/auth/current-user";
import { parseAuditFilters } from "@/lib/audit/filters";
import { canReadAuditLog } from "@/lib/audit/policy";
import { auditExportRows } from "@/lib/audit/queries";
import { auditSheet } from "@/lib/audit/sheet";
import { chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { auditWords } from "@/components/history/audit-words";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The audit rows the page's filters match, every page of them, as XLSX (or CSV); chiefs and administrators of the county. */
export async function GET(request: Request) {
  const user = await authorizeRequest(canReadAuditLog);
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "csv" ? "csv" : "xlsx";
  const filters = parseAuditFilters(Object.fromEntries(params));
  const [words, { rows, truncated }] = await Promise.all([auditWords(), auditExportRows(user, filters)]);
  const sheet = auditSheet(words, rows, truncated);
  const day = chinaDate(clock.now());
  const base = `${words.t("audit.export.file")}-${day}`;
  const ascii = `audit-${day}`;
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "csv") {
    // The byte-order mark makes Excel read the file as UTF-8; escaping keeps a cell from running as a formula.
    const body = "\uFEFF" + Papa.unparse({ fields: sheet.columns, data: sheet.rows }, { escapeFormulae: true });
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encodeURIComponent(base)}.csv`,
      },
    });
  }
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(words.t("audit.export.sheet").slice(0, 31));
  ws.addRow(sheet.columns).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
  ws.columns.forEach((column, i) => (column.width = i === 5 ? 80 : 20));
  return new Response((await book.xlsx.writeBuffer()) as ArrayBuffer, {
    headers: {
      ...headers,
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(base)}.xlsx`,
    },
  });
}
