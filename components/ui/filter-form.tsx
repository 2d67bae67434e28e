/**
 * Filters that live in the URL: a plain GET form (works without JavaScript), its controls, and a
 * "clear" link back to the bare list. Server components; the labels of the buttons come from `common`.
 *
 *   const filters = parseUrlFilters(disputeFilters, await searchParams);
 *   <FilterForm action="/disputes" hidden={{ enterpriseId: filters.enterpriseId }} showClear={hasActiveFilters(filters)}>
 *     <FilterSelect name="status" label={t("filterStatus")} allLabel={t("allStatuses")}
 *       options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} defaultValue={filters.status} />
 *     <FilterCheckbox name="risk" label={t("riskOnly")} defaultChecked={filters.risk} />
 *   </FilterForm>
 *
 * Submitting drops the page number (a new filter starts on page 1). Controls sit side by side and wrap;
 * on phones each one takes the full width.
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "./button";

type FilterFormProps = {
  /** The list's path; the form submits to it and "clear" leads to it. */
  action: string;
  children: ReactNode;
  /** Parameters to keep that have no control in the form (an enterprise the list is narrowed to …); unset ones are left out. */
  hidden?: Record<string, string | undefined>;
  /** Show the "clear" link: when any filter is set (see hasActiveFilters in lib/forms/url-filters). */
  showClear?: boolean;
  /** Where "clear" leads; the bare `action` unless given (e.g. to keep a hidden parameter). */
  clearHref?: string;
  /** The labels; `common.apply` and `common.clearFilters` unless given. */
  applyLabel?: string;
  clearLabel?: string;
  /** The name of the search landmark; `common.filters` unless given. */
  label?: string;
  className?: string;
};

export async function FilterForm({
  action,
  children,
  hidden = {},
  showClear = false,
  clearHref = action,
  applyLabel,
  clearLabel,
  label,
  className,
}: FilterFormProps) {
  const t = await getTranslations("common");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label ?? t("filters")}
      className={["flex flex-wrap items-end gap-3 text-sm", className].filter(Boolean).join(" ")}
    >
      {Object.entries(hidden).map(([name, value]) =>
        value === undefined || value === "" ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" size="sm" className="max-sm:min-h-11">
          {applyLabel ?? t("apply")}
        </Button>
        {showClear ? (
          <Link href={clearHref} className="inline-flex items-center text-brand-600 hover:underline max-sm:min-h-11">
            {clearLabel ?? t("clearFilters")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

const CONTROL = "rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm max-sm:w-full";

type FilterSelectProps = {
  name: string;
  /** The select's id; the name unless given. */
  id?: string;
  label: string;
  options: { value: string; label: string }[];
  /**
   * The first, empty choice that lifts this filter ("全部状态" / "All statuses"); `common.all` unless
   * given. null: no such choice, for a filter that always has a value (a period, a default status).
   */
  allLabel?: string | null;
  /** The current value from the parsed filters; undefined selects the "all" choice. */
  defaultValue?: string;
};

/** A labelled select whose empty first choice means "no filter". */
export async function FilterSelect({ name, id = name, label, options, allLabel, defaultValue }: FilterSelectProps) {
  const all = allLabel === null ? null : (allLabel ?? (await getTranslations("common"))("all"));
  return (
    <div className="flex flex-col gap-1 max-sm:w-full">
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={`${CONTROL} sm:max-w-64`}>
        {all === null ? null : <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type FilterTextProps = {
  name: string;
  id?: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  maxLength?: number;
};

/** A labelled search box (type="search"). */
export function FilterText({ name, id = name, label, defaultValue, placeholder, maxLength }: FilterTextProps) {
  return (
    <div className="flex flex-col gap-1 max-sm:w-full">
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="search"
        defaultValue={defaultValue ?? ""}
        placeholder={placeholder}
        maxLength={maxLength}
        className={`${CONTROL} sm:w-56`}
      />
    </div>
  );
}

type FilterCheckboxProps = {
  name: string;
  label: ReactNode;
  defaultChecked?: boolean;
  /** The value sent when ticked; "1" unless given. */
  value?: string;
};

/** A "only …" checkbox; its whole label is the touch target. */
export function FilterCheckbox({ name, label, defaultChecked = false, value = "1" }: FilterCheckboxProps) {
  return (
    <label className="flex items-center gap-2 py-2 text-slate-800 max-sm:min-h-11 max-sm:w-full">
      <input type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="size-4 shrink-0" />
      <span>{label}</span>
    </label>
  );
}
