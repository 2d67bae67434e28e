import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { DisputeListRow } from "@/lib/disputes/queries";
import { chinaDate } from "@/lib/time/china";
import { localized } from "@/components/ui/localized";

export function RiskBadge({ label }: { label: string }) {
  return <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-normal text-red-800">{label}</span>;
}

/** Disputes as a table: parties (linking to the dispute), enterprise, kind, status, date recorded. */
export async function DisputeTable({ rows, caption }: { rows: DisputeListRow[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("disputes"), getLocale()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("parties")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("enterprise")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("kind")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("recordedAt")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/disputes/${d.id}`} className="text-brand-600 hover:underline">
                  {d.parties}
                </Link>
                {d.escalationRisk ? <RiskBadge label={t("risk")} /> : null}
              </th>
              <td className="py-2 pr-3">
                {d.enterprise ? (
                  localized(locale, d.enterprise.name, d.enterprise.nameEn)
                ) : (
                  <span className="text-slate-500">{t("noEnterprise")}</span>
                )}
              </td>
              <td className="py-2 pr-3">{t(`kinds.${d.kind}`)}</td>
              <td className="py-2 pr-3">{t(`statuses.${d.status}`)}</td>
              <td className="py-2 tabular-nums">{chinaDate(d.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
