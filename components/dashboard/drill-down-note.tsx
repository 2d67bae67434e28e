import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { hasDrillDown, type DrillDown } from "@/lib/dashboard/drill-down";
import { drillDownPlaceName } from "@/lib/dashboard/drill-down-names";
import { localized } from "@/components/ui/localized";

/** The date a list's period applies to, as a key under "dashboard.drillDown.dated". */
export type DatedBy = "created" | "resolved" | "escalated" | "closed" | "completed";

/**
 * Says that a list is narrowed to a dashboard figure's place and period, which the list's own form
 * has no control for, and offers the list without them.
 */
export async function DrillDownNote({
  user,
  drill,
  dated,
  clearHref,
}: {
  user: SessionUser;
  drill: DrillDown;
  dated: DatedBy;
  clearHref: string;
}) {
  if (!hasDrillDown(drill)) return null;
  const [t, locale, place] = await Promise.all([
    getTranslations("dashboard.drillDown"),
    getLocale(),
    drillDownPlaceName(user, drill),
  ]);
  const parts: string[] = [];
  if (drill.from || drill.to) {
    parts.push(
      t(`dated.${dated}`, {
        range: t("range", { first: drill.from ?? "…", last: drill.to ?? "…" }),
      }),
    );
  }
  if (place) parts.push(t("place", { name: localized(locale, place.name, place.nameEn) }));
  else if (drill.station || drill.workstation || drill.officer) parts.push(t("unknownPlace"));
  return (
    <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800">
      <span data-testid="drill-down-note">{t("narrowed", { what: parts.join(t("separator")) })}</span>
      <Link href={clearHref} className="inline-flex items-center text-brand-600 underline max-sm:min-h-11">
        {t("clear")}
      </Link>
    </p>
  );
}
