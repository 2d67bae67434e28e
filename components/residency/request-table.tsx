import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ResidencyListRow } from "@/lib/residency/queries";
import { chinaDate } from "@/lib/time/china";
import { localized } from "@/components/ui/localized";

/** Requests as a table that scrolls sideways on phones. Rows arrive masked from the query layer. */
export async function RequestTable({ rows, showEnterprise }: { rows: ResidencyListRow[]; showEnterprise: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("residency"), getLocale()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("number")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("applicant")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("kind")}
            </th>
            {showEnterprise ? (
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("enterprise")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("submittedAt")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/residency/${r.id}`} className="text-brand-600 hover:underline">
                  {r.number}
                </Link>
                {r.greenChannel ? (
                  <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs font-normal text-emerald-800">
                    {t("green")}
                  </span>
                ) : null}
              </th>
              <td className="py-2 pr-3">
                {r.applicantName}
                <span className="block font-mono text-xs text-slate-500">{r.applicantIdNumber}</span>
              </td>
              <td className="py-2 pr-3">{t(`kinds.${r.kind}`)}</td>
              {showEnterprise ? (
                <td className="py-2 pr-3">{localized(locale, r.enterprise.name, r.enterprise.nameEn)}</td>
              ) : null}
              <td className="py-2 pr-3">{t(`statuses.${r.status}`)}</td>
              <td className="py-2 tabular-nums">{r.submittedAt ? chinaDate(r.submittedAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
