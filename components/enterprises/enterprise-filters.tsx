import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { ENTERPRISE_STATUSES, isFiltered, type EnterpriseFilters } from "@/lib/enterprises/filters";

type Workstation = { id: string; name: string; nameEn: string; park: string; parkEn: string };

/** Search and filters as a plain GET form, so the list works and can be bookmarked without JavaScript. */
export async function EnterpriseFilterForm({
  filters,
  workstations,
}: {
  filters: EnterpriseFilters;
  workstations: Workstation[];
}) {
  const [t, locale] = await Promise.all([getTranslations("enterprise"), getLocale()]);
  const parks = [...new Map(workstations.map((w) => [w.park, localized(locale, w.park, w.parkEn)])).entries()];
  return (
    <FilterForm
      action="/enterprises"
      label={t("filters.label")}
      applyLabel={t("filters.apply")}
      clearLabel={t("clearFilters")}
      showClear={isFiltered(filters)}
      className="mb-4"
    >
      <FilterText
        name="q"
        label={t("filters.search")}
        defaultValue={filters.q}
        placeholder={t("filters.searchPlaceholder")}
        maxLength={50}
      />
      <FilterSelect
        name="workstation"
        label={t("workstation")}
        allLabel={t("filters.anyWorkstation")}
        options={workstations.map((w) => ({ value: w.id, label: localized(locale, w.name, w.nameEn) }))}
        defaultValue={filters.workstation}
      />
      <FilterSelect
        name="park"
        label={t("park")}
        allLabel={t("filters.anyPark")}
        options={parks.map(([value, label]) => ({ value, label }))}
        defaultValue={filters.park}
      />
      {/* The status always has a value (the working list shows the active ones): no "all" choice. */}
      <FilterSelect
        name="status"
        label={t("status")}
        allLabel={null}
        options={ENTERPRISE_STATUSES.map((s) => ({ value: s, label: t(`filters.statuses.${s}`) }))}
        defaultValue={filters.status}
      />
      <FilterCheckbox name="keyProject" label={t("filters.keyProjectOnly")} defaultChecked={filters.keyProject} />
      <FilterCheckbox
        name="officer"
        value="none"
        label={t("filters.uncoveredOnly")}
        defaultChecked={filters.officer === "none"}
      />
    </FilterForm>
  );
}
