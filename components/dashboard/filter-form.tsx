import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PERIOD_KINDS } from "@/lib/dashboard/period";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { localized } from "@/components/ui/localized";

type Option = { id: string; name: string; nameEn: string };

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Period and place filters as a plain GET form, so the URL holds them (reload, bookmark, export). */
export async function FilterForm({
  filters,
  stations,
  workstations,
  officerName,
  action = "/chief",
}: {
  filters: DashboardFilters;
  stations: Option[];
  workstations: Option[];
  officerName?: string;
  action?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.filters"), getLocale()]);
  return (
    <form
      method="get"
      action={action}
      className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="filters-legend"
    >
      <h2 id="filters-legend" className="sr-only">
        {t("legend")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <label className="text-sm text-slate-700">
          {t("period")}
          <select name="period" defaultValue={filters.period} className={field}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`periods.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          {t("from")}
          <input type="date" name="from" defaultValue={filters.from} className={field} aria-describedby="custom-hint" />
        </label>
        <label className="text-sm text-slate-700">
          {t("to")}
          <input type="date" name="to" defaultValue={filters.to} className={field} aria-describedby="custom-hint" />
        </label>
        <label className="text-sm text-slate-700">
          {t("station")}
          <select name="station" defaultValue={filters.station ?? ""} className={field}>
            <option value="">{t("all")}</option>
            {stations.map((s) => (
              <option key={s.id} value={s.id}>
                {localized(locale, s.name, s.nameEn)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          {t("workstation")}
          <select name="workstation" defaultValue={filters.workstation ?? ""} className={field}>
            <option value="">{t("all")}</option>
            {workstations.map((w) => (
              <option key={w.id} value={w.id}>
                {localized(locale, w.name, w.nameEn)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-3">
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("apply")}
          </button>
          <Link href={action} className="py-2 text-sm text-brand-600 underline">
            {t("reset")}
          </Link>
        </div>
      </div>
      {filters.officer ? <input type="hidden" name="officer" value={filters.officer} /> : null}
      <p id="custom-hint" className="mt-2 text-xs text-slate-600">
        {t("customHint")}
      </p>
      {officerName ? (
        <p className="mt-1 text-sm font-medium text-slate-800">{t("officer", { name: officerName })}</p>
      ) : null}
    </form>
  );
}
