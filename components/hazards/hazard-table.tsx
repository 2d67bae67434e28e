import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isHazardOverdue } from "@/lib/hazards/machine";
import type { HazardListRow } from "@/lib/hazards/queries";
import { chinaDate } from "@/lib/time/china";
import { localized } from "@/components/ui/localized";

/** Hazards as a table that scrolls sideways on phones; overdue ones are marked in words, not colour only. */
export async function HazardTable({
  rows,
  now,
  showEnterprise = true,
}: {
  rows: HazardListRow[];
  now: Date;
  showEnterprise?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("hazards"), getLocale()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("description")}
            </th>
            {showEnterprise ? (
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("enterprise")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("severity")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("deadline")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/hazards/${h.id}`} className="text-brand-600 hover:underline">
                  {h.description}
                </Link>
                {h.location ? <span className="block text-xs font-normal text-slate-500">{h.location}</span> : null}
                {h.repeatOfId ? (
                  <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs font-normal text-amber-800">
                    {t("repeat")}
                  </span>
                ) : null}
              </th>
              {showEnterprise ? (
                <td className="py-2 pr-3">{localized(locale, h.enterprise.name, h.enterprise.nameEn)}</td>
              ) : null}
              <td className="py-2 pr-3">{t(`severities.${h.severity}`)}</td>
              <td className="py-2 pr-3">{t(`statuses.${h.status}`)}</td>
              <td className="py-2 tabular-nums">
                {chinaDate(h.deadline)}
                {isHazardOverdue(h, now) ? (
                  <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800">{t("overdue")}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
