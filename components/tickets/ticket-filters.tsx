import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "@/components/ui/filter-form";
import { localized } from "@/components/ui/localized";
import { TicketCategory } from "@/lib/domain/enums";
import { filtersToQuery, type TicketFilters } from "@/lib/tickets/filters";
import { OPEN_STATUSES } from "@/lib/tickets/machine";
import { canSeeTicketsNeedingAttention } from "@/lib/tickets/policy";
import { DrillDownNote } from "@/components/dashboard/drill-down-note";
import type { SessionUser } from "@/lib/auth/session-user";

type Counts = Partial<Record<string, number>> & { open: number; overdue: number };

const TABS = ["open", "SUBMITTED", "IN_PROGRESS", "RESOLVED", "REOPENED", "CLOSED", "all"] as const;

const TAB = "inline-flex items-center gap-1 rounded-full border px-3 py-1";
const TAB_SELECTED = "border-brand-600 bg-brand-50 font-medium text-brand-900";
const TAB_OTHER = "border-slate-200 bg-white text-slate-700 hover:bg-slate-50";

type Option = { id: string; name: string; nameEn: string };

/** Status tabs with counts, plus a plain GET form for search, category and overdue (works without JS). */
export async function TicketFilterBar({
  filters,
  counts,
  user,
  enterprises,
  enterprisePicker,
}: {
  filters: TicketFilters;
  counts: Counts;
  user: SessionUser;
  /** The enterprise filter's choices: all of them (a select), or only the chosen one (for the picker). */
  enterprises: { complete: boolean; options: Option[] };
  /** The enterprise filter when there are too many to list: a search picker. */
  enterprisePicker?: ReactNode;
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("sla.categories"),
    getLocale(),
  ]);
  const current = filters.status ?? "all";
  // A dashboard figure's place and period have no control here: they ride along until cleared.
  const drill = {
    station: filters.station,
    workstation: filters.workstation,
    officer: filters.officer,
    from: filters.from,
    to: filters.to,
    on: filters.on,
  };
  const own = {
    category: filters.category,
    q: filters.q,
    overdue: filters.overdue,
    attention: filters.attention,
    enterprise: filters.enterprise,
  };
  const keep = { ...own, ...drill };
  return (
    <div className="mb-4 space-y-3">
      <DrillDownNote
        user={user}
        drill={filters}
        dated={filters.on ?? "created"}
        clearHref={`/tickets${filtersToQuery({ ...own, status: filters.status })}`}
      />
      <nav aria-label={t("filters.statusNav")}>
        <ul className="flex flex-wrap gap-1 text-sm">
          {TABS.map((status) => {
            // Finished statuses carry no count: it would recount the whole history on every view.
            const count =
              status === "open" || (OPEN_STATUSES as readonly string[]).includes(status) ? (counts[status] ?? 0) : null;
            const selected = current === status;
            return (
              <li key={status}>
                <Link
                  href={`/tickets${filtersToQuery({ ...keep, status })}`}
                  aria-current={selected ? "page" : undefined}
                  className={`${TAB} ${selected ? TAB_SELECTED : TAB_OTHER}`}
                >
                  {status === "open" || status === "all" ? t(`filters.${status}`) : t(`statuses.${status}`)}
                  {count === null ? null : <span className="tabular-nums text-slate-600">{count}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <FilterForm
          action="/tickets"
          hidden={{ status: filters.status, attention: filters.attention ? "1" : undefined, ...drill }}
          applyLabel={t("filters.apply")}
        >
          <FilterText
            name="q"
            label={t("filters.search")}
            placeholder={t("filters.searchPlaceholder")}
            defaultValue={filters.q}
            maxLength={50}
          />
          <FilterSelect
            name="category"
            label={t("fields.category")}
            allLabel={t("filters.anyCategory")}
            options={Object.values(TicketCategory).map((c) => ({ value: c, label: tc(c) }))}
            defaultValue={filters.category}
          />
          {!enterprises.complete ? (
            enterprisePicker
          ) : enterprises.options.length > 1 || filters.enterprise ? (
            <FilterSelect
              name="enterprise"
              label={t("fields.enterprise")}
              allLabel={t("filters.anyEnterprise")}
              options={enterprises.options.map((e) => ({ value: e.id, label: localized(locale, e.name, e.nameEn) }))}
              defaultValue={filters.enterprise}
            />
          ) : null}
          <FilterCheckbox
            name="overdue"
            label={t("filters.overdueOnly", { count: counts.overdue })}
            defaultChecked={filters.overdue}
          />
        </FilterForm>
        {canSeeTicketsNeedingAttention(user) ? (
          <Link
            href={`/tickets${filtersToQuery({ attention: true })}`}
            className="inline-flex items-center py-1.5 text-brand-600 underline max-sm:min-h-11"
          >
            {t("filters.attention")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
