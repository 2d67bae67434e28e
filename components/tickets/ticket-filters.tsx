import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import { TicketCategory } from "@/lib/domain/enums";
import { filtersToQuery, type TicketFilters } from "@/lib/tickets/filters";
import { canSeeTicketsNeedingAttention } from "@/lib/tickets/policy";
import type { SessionUser } from "@/lib/auth/session-user";

type Counts = Partial<Record<string, number>> & { open: number; all: number; overdue: number };

const TABS = ["open", "SUBMITTED", "IN_PROGRESS", "RESOLVED", "REOPENED", "CLOSED", "all"] as const;

/** Status tabs with counts, plus a plain GET form for search, category and overdue (works without JS). */
type Option = { id: string; name: string; nameEn: string };

export async function TicketFilterBar({
  filters,
  counts,
  user,
  enterprises,
}: {
  filters: TicketFilters;
  counts: Counts;
  user: SessionUser;
  enterprises: Option[];
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("sla.categories"),
    getLocale(),
  ]);
  const current = filters.status ?? "all";
  const keep = {
    category: filters.category,
    q: filters.q,
    overdue: filters.overdue,
    attention: filters.attention,
    enterprise: filters.enterprise,
  };
  return (
    <div className="mb-4 space-y-3">
      <nav aria-label={t("filters.statusNav")}>
        <ul className="flex flex-wrap gap-1 text-sm">
          {TABS.map((status) => {
            const count = counts[status] ?? 0;
            const selected = current === status;
            return (
              <li key={status}>
                <Link
                  href={`/tickets${filtersToQuery({ ...keep, status })}`}
                  aria-current={selected ? "page" : undefined}
                  className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 ${selected ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50"}`}
                >
                  {status === "open" || status === "all" ? t(`filters.${status}`) : t(`statuses.${status}`)}
                  <span className="tabular-nums text-slate-500">{count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action="/tickets" className="flex flex-wrap items-end gap-3 text-sm" role="search">
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        {filters.attention ? <input type="hidden" name="attention" value="1" /> : null}
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t("filters.search")}</span>
          <input
            name="q"
            defaultValue={filters.q ?? ""}
            placeholder={t("filters.searchPlaceholder")}
            className="w-56 rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600">{t("fields.category")}</span>
          <select
            name="category"
            defaultValue={filters.category ?? ""}
            className="rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("filters.anyCategory")}</option>
            {Object.values(TicketCategory).map((c) => (
              <option key={c} value={c}>
                {tc(c)}
              </option>
            ))}
          </select>
        </label>
        {enterprises.length > 1 ? (
          <label className="flex flex-col gap-1">
            <span className="text-slate-600">{t("fields.enterprise")}</span>
            <select
              name="enterprise"
              defaultValue={filters.enterprise ?? ""}
              className="max-w-56 rounded-md border border-slate-300 px-2 py-1.5"
            >
              <option value="">{t("filters.anyEnterprise")}</option>
              {enterprises.map((e) => (
                <option key={e.id} value={e.id}>
                  {localized(locale, e.name, e.nameEn)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex items-center gap-2 py-1.5">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} />
          <span>{t("filters.overdueOnly", { count: counts.overdue })}</span>
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">
          {t("filters.apply")}
        </button>
        {canSeeTicketsNeedingAttention(user) ? (
          <Link href={`/tickets${filtersToQuery({ attention: true })}`} className="py-1.5 text-brand-600 underline">
            {t("filters.attention")}
          </Link>
        ) : null}
      </form>
    </div>
  );
}
