import ExcelJS from "exceljs";
import Papa from "papaparse";
import { getLocale, getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/auth/current-user";
import { canSeeCountyDashboard } from "@/lib/dashboard/policy";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { EXPORT_TABLES, exportTables, type ExportTable, type Table } from "@/lib/dashboard/export-tables";
import { clock } from "@/lib/time/clock";
import { localized } from "@/components/ui/localized";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function workbook(tables: Table[]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    // Sheet names may not exceed 31 characters.
    const sheet = book.addWorksheet(table.title.slice(0, 31));
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column) => (column.width = 18));
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

/** One dashboard table (or, as XLSX, all of them) with the same filters as the page; chiefs only. */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const user = await authorizeRequest(canSeeCountyDashboard);
  if (user instanceof Response) return user;
  const { table } = await params;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const wanted =
    table === "all" && format === "xlsx"
      ? null
      : (EXPORT_TABLES as readonly string[]).includes(table)
        ? (table as ExportTable)
        : undefined;
  if (wanted === undefined) return new Response(null, { status: 404 });

  const now = clock.now();
  const scope = dashboardScope(parseDashboardFilters(Object.fromEntries(url.searchParams)), now);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const tables = await exportTables(
    user,
    scope,
    {
      title: (name) => t(`dashboard.export.${name}`),
      column: (key) => t(`dashboard.export.columns.${key}`),
      category: (c) => t(`sla.categories.${c}`),
      ticketStatus: (s) => t(`tickets.statuses.${s}`),
      light: (l) => t(`dashboard.lights.${l}`),
      name: (zh, en) => localized(locale, zh, en),
    },
    now,
  );
  const chosen = wanted ? tables.filter((x) => x.name === wanted) : tables;
  const days = `${scope.period.firstDay}_${scope.period.lastDay}`;
  const base = `${t("dashboard.export.sheetFile")}-${wanted ? chosen[0]!.title : t("dashboard.export.all")}-${days}`;
  const ascii = `report-${wanted ?? "all"}-${days}`;
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "csv") {
    const only = chosen[0]!;
    // The byte-order mark makes Excel read the file as UTF-8 (Chinese names stay legible).
    const body =
      "\uFEFF" +
      Papa.unparse(
        { fields: only.columns, data: only.rows.map((r) => r.map((c) => c ?? "")) },
        { escapeFormulae: true },
      );
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encodeURIComponent(base)}.csv`,
      },
    });
  }
  return new Response(await workbook(chosen), {
    headers: {
      ...headers,
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(base)}.xlsx`,
    },
  });
}
