import Papa from "papaparse";
import { getLocale, getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/auth/current-user";
import { canSeeCountyDashboard } from "@/lib/dashboard/policy";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { EXPORT_TABLES, exportTables, type ExportTable } from "@/lib/dashboard/export-tables";
import { exportScope } from "@/lib/dashboard/options";
import { cellText } from "@/lib/spreadsheet/cells";
import { writeWorkbook } from "@/lib/spreadsheet/write-workbook";
import { clock } from "@/lib/time/clock";
import { localized } from "@/components/ui/localized";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
  const filters = parseDashboardFilters(Object.fromEntries(url.searchParams));
  const scope = dashboardScope(filters, now);
  const [t, locale, names] = await Promise.all([getTranslations(), getLocale(), exportScope(user, filters)]);
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
  const { firstDay, lastDay } = scope.period;
  const place = [names.county, ...(names.place ? [names.place] : [])].map((n) => localized(locale, n.name, n.nameEn));
  const sheetTitle = (table: string) =>
    t("dashboard.export.sheetTitle", { table, scope: place.join(" · "), first: firstDay, last: lastDay });
  const base = [
    t("dashboard.export.sheetFile"),
    ...place,
    wanted ? chosen[0]!.title : t("dashboard.export.all"),
    `${firstDay}_${lastDay}`,
  ].join("-");
  const ascii = `report-${wanted ?? "all"}-${firstDay}_${lastDay}`;
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "csv") {
    const only = chosen[0]!;
    // The byte-order mark makes Excel read the file as UTF-8 (Chinese names stay legible).
    const body =
      "\uFEFF" +
      Papa.unparse({ fields: only.columns, data: only.rows.map((r) => r.map(cellText)) }, { escapeFormulae: true });
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encodeURIComponent(base)}.csv`,
      },
    });
  }
  const book = await writeWorkbook(
    chosen.map((x) => ({ sheet: x.title, title: sheetTitle(x.title), columns: x.columns, rows: x.rows })),
  );
  return new Response(book, {
    headers: {
      ...headers,
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(base)}.xlsx`,
    },
  });
}
