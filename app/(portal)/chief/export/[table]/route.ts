import { getLocale, getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/auth/current-user";
import { canSeeCountyDashboard } from "@/lib/dashboard/policy";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { EXPORT_TABLES, exportLabels, exportTables, type ExportTable } from "@/lib/dashboard/export-tables";
import { exportScope } from "@/lib/dashboard/options";
import { exportResponse } from "@/lib/dashboard/export-response";
import { asciiPart } from "@/lib/spreadsheet/download-name";
import { clock } from "@/lib/time/clock";
import { localized } from "@/components/ui/localized";

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
    exportLabels(t, (zh, en) => localized(locale, zh, en)),
    now,
  );
  const chosen = wanted ? tables.filter((x) => x.name === wanted) : tables;
  const { firstDay, lastDay } = scope.period;
  const place = [names.county, ...(names.place ? [names.place] : [])].map((n) => localized(locale, n.name, n.nameEn));
  const sheetTitle = (table: string) =>
    t("dashboard.export.sheetTitle", { table, scope: place.join(" · "), first: firstDay, last: lastDay });
  // The file says whose figures and which days it holds; the ASCII stand-in uses the English names.
  const scopeKind = filters.officer
    ? "officer"
    : filters.workstation
      ? "workstation"
      : filters.station
        ? "station"
        : null;
  const fileName = {
    name: [
      t("dashboard.export.sheetFile"),
      ...place,
      wanted ? chosen[0]!.title : t("dashboard.export.all"),
      `${firstDay}_${lastDay}`,
    ],
    ascii: [
      "report",
      asciiPart(names.county.nameEn) || "county",
      ...(names.place && scopeKind ? [asciiPart(names.place.nameEn) || scopeKind] : []),
      wanted ?? "all",
      `${firstDay}_${lastDay}`,
    ],
  };
  return exportResponse({ tables: chosen, format, sheetTitle, fileName });
}
