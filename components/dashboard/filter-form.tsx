import { getLocale, getTranslations } from "next-intl/server";
import { PERIOD_KINDS } from "@/lib/dashboard/period";
import { dashboardQuery, type DashboardFilters } from "@/lib/dashboard/filters";
import { FilterForm as UrlFilterForm, FilterSelect } from "@/components/ui/filter-form";
import { localized } from "@/components/ui/localized";

type Option = { id: string; name: string; nameEn: string };

// The look of FilterForm's own controls, for the two kinds it has none of (a period that is never
// "all", and dates).
const CONTROL = "rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm max-sm:w-full";
const FIELD = "flex flex-col gap-1 max-sm:w-full";
const LABEL = "font-medium text-slate-700";

/** Period and place filters as a plain GET form, so the URL holds them (reload, bookmark, export). */
export async function FilterForm({
  filters,
  stations,
  workstations,
  officerName,
  action = "/chief",
}: {
  filters: DashboardFilters;
  /** The county's places to narrow to; left out where figures span counties (the city's page). */
  stations?: Option[];
  workstations?: Option[];
  officerName?: string;
  action?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.filters"), getLocale()]);
  const places = (list: Option[]) => list.map((o) => ({ value: o.id, label: localized(locale, o.name, o.nameEn) }));
  return (
    <div className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="sr-only">{t("legend")}</h2>
      {/* Keyed by the filters: the selects are uncontrolled, and a link that changes the filters (a
          station's row) keeps this form mounted, which would otherwise keep showing the old choices. */}
      <UrlFilterForm
        key={dashboardQuery(filters)}
        action={action}
        hidden={{ officer: filters.officer, view: filters.view }}
        showClear
        label={t("legend")}
        applyLabel={t("apply")}
        clearLabel={t("reset")}
      >
        <FilterSelect
          name="period"
          label={t("period")}
          allLabel={null}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`periods.${k}`) }))}
          defaultValue={filters.period}
        />
        {(["from", "to"] as const).map((name) => (
          <div key={name} className={FIELD}>
            <label htmlFor={name} className={LABEL}>
              {t(name)}
            </label>
            <input
              id={name}
              type="date"
              name={name}
              defaultValue={filters[name]}
              className={CONTROL}
              aria-describedby="custom-hint"
            />
          </div>
        ))}
        {stations ? (
          <FilterSelect
            name="station"
            label={t("station")}
            allLabel={t("all")}
            options={places(stations)}
            defaultValue={filters.station}
          />
        ) : null}
        {workstations ? (
          <FilterSelect
            name="workstation"
            label={t("workstation")}
            allLabel={t("all")}
            options={places(workstations)}
            defaultValue={filters.workstation}
          />
        ) : null}
      </UrlFilterForm>
      <p id="custom-hint" className="mt-2 text-xs text-slate-600">
        {t("customHint")}
      </p>
      {officerName ? (
        <p className="mt-1 text-sm font-medium text-slate-800">{t("officer", { name: officerName })}</p>
      ) : null}
    </div>
  );
}
