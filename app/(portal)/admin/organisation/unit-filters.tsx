import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { isUnitFiltered, UNIT_STATUSES, type UnitFilters } from "@/lib/organisation/filters";

type Station = { id: string; name: string; nameEn: string };

/** Search and status (and, for workstations, the station) as a plain GET form, so a list can be bookmarked. */
export async function UnitFilterForm({
  action,
  filters,
  stations,
}: {
  action: string;
  filters: UnitFilters;
  /** Given for the workstation list only. */
  stations?: Station[];
}) {
  const [t, locale] = await Promise.all([getTranslations("organisation"), getLocale()]);
  return (
    <FilterForm
      action={action}
      label={t("filters.label")}
      applyLabel={t("filters.apply")}
      clearLabel={t("filters.clear")}
      showClear={isUnitFiltered(filters)}
      className="mb-4"
    >
      <FilterText
        name="q"
        label={t("filters.search")}
        defaultValue={filters.q}
        placeholder={t("filters.searchPlaceholder")}
        maxLength={50}
      />
      {stations ? (
        <FilterSelect
          name="station"
          label={t("fields.station")}
          allLabel={t("filters.anyStation")}
          options={stations.map((s) => ({ value: s.id, label: localized(locale, s.name, s.nameEn) }))}
          defaultValue={filters.station}
        />
      ) : null}
      <FilterSelect
        name="status"
        label={t("filters.status")}
        allLabel={null}
        options={UNIT_STATUSES.map((s) => ({ value: s, label: t(`filters.statuses.${s}`) }))}
        defaultValue={filters.status}
      />
    </FilterForm>
  );
}
