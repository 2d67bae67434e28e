import { getLocale, getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/auth/current-user";
import { cityName } from "@/lib/dashboard/city-figures";
import { dashboardScope, parseDashboardFilters } from "@/lib/dashboard/filters";
import { exportResponse } from "@/lib/dashboard/export-response";
import { cityExportTable, exportLabels } from "@/lib/dashboard/export-tables";
import { canSeeCityDashboard } from "@/lib/dashboard/policy";
import { asciiPart } from "@/lib/spreadsheet/download-name";
import { clock } from "@/lib/time/clock";
import { localized } from "@/components/ui/localized";

/** The city view's counties table for the page's period, as XLSX or CSV; city leaders only. */
export async function GET(request: Request) {
  const user = await authorizeRequest(canSeeCityDashboard);
  if (user instanceof Response) return user;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const now = clock.now();
  // As on the page: across counties only the period applies.
  const { period, from, to } = parseDashboardFilters(Object.fromEntries(url.searchParams));
  const scope = dashboardScope({ period, from, to }, now);
  const [t, locale, city] = await Promise.all([getTranslations(), getLocale(), cityName(user)]);
  const table = await cityExportTable(
    user,
    scope,
    exportLabels(t, (zh, en) => localized(locale, zh, en)),
    now,
  );
  const { firstDay, lastDay } = scope.period;
  const scopeName = localized(locale, city.name, city.nameEn);
  return exportResponse({
    tables: [table],
    format,
    sheetTitle: (name) =>
      t("dashboard.export.sheetTitle", { table: name, scope: scopeName, first: firstDay, last: lastDay }),
    fileName: {
      name: [t("dashboard.export.sheetFile"), scopeName, table.title, `${firstDay}_${lastDay}`],
      ascii: ["report", asciiPart(city.nameEn) || "city", "counties", `${firstDay}_${lastDay}`],
    },
  });
}
