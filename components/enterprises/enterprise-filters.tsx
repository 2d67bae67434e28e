import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import { ENTERPRISE_STATUSES, isFiltered, type EnterpriseFilters } from "@/lib/enterprises/filters";

type Workstation = { id: string; name: string; nameEn: string; park: string; parkEn: string };

const control = "rounded-md border border-slate-300 px-2 py-1.5";

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
    <form
      method="get"
      action="/enterprises"
      role="search"
      aria-label={t("filters.label")}
      className="mb-4 flex flex-wrap items-end gap-3 text-sm"
    >
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">{t("filters.search")}</span>
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={50}
          placeholder={t("filters.searchPlaceholder")}
          className={`w-64 ${control}`}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">{t("workstation")}</span>
        <select name="workstation" defaultValue={filters.workstation ?? ""} className={`max-w-56 ${control}`}>
          <option value="">{t("filters.anyWorkstation")}</option>
          {workstations.map((w) => (
            <option key={w.id} value={w.id}>
              {localized(locale, w.name, w.nameEn)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">{t("park")}</span>
        <select name="park" defaultValue={filters.park ?? ""} className={`max-w-56 ${control}`}>
          <option value="">{t("filters.anyPark")}</option>
          {parks.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">{t("status")}</span>
        <select name="status" defaultValue={filters.status} className={control}>
          {ENTERPRISE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`filters.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 py-1.5">
        <input type="checkbox" name="keyProject" value="1" defaultChecked={filters.keyProject} />
        <span>{t("filters.keyProjectOnly")}</span>
      </label>
      <label className="flex items-center gap-2 py-1.5">
        <input type="checkbox" name="officer" value="none" defaultChecked={filters.officer === "none"} />
        <span>{t("filters.uncoveredOnly")}</span>
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">
        {t("filters.apply")}
      </button>
      {isFiltered(filters) ? (
        <Link href="/enterprises" className="py-1.5 text-brand-600 underline">
          {t("clearFilters")}
        </Link>
      ) : null}
    </form>
  );
}
