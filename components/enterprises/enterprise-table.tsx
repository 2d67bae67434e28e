import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import { EmptyState } from "@/components/ui/section";
import { InactiveBadge } from "./inactive-badge";

type Row = {
  id: string;
  name: string;
  nameEn: string;
  industry: string;
  industryEn: string;
  employees: number;
  keyProject: boolean;
  /** Absent for lists that only ever hold active enterprises. */
  active?: boolean;
  workstation: { name: string; nameEn: string; park?: string; parkEn?: string };
  responsibleOfficer: { name: string; nameEn: string } | null;
  _count: { tickets: number };
};

/** `empty` replaces the "no enterprises" text, e.g. with "nothing matches" when the list is filtered. */
export async function EnterpriseTable({ rows, empty }: { rows: Row[]; empty?: string }) {
  const [t, locale] = await Promise.all([getTranslations("enterprise"), getLocale()]);
  if (rows.length === 0) return <EmptyState>{empty ?? t("none")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("listCaption")}</caption>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("name")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("workstation")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("industry")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("employees")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("responsibleOfficer")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("openTickets")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/enterprises/${e.id}`} className="text-brand-600 hover:underline">
                  {localized(locale, e.name, e.nameEn)}
                </Link>
                {e.keyProject ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-800">{t("keyProject")}</span>
                ) : null}
                {e.active === false ? <InactiveBadge /> : null}
              </th>
              <td className="py-2 pr-3">
                {localized(locale, e.workstation.name, e.workstation.nameEn)}
                {e.workstation.park ? (
                  <span className="block text-xs text-slate-500">
                    {localized(locale, e.workstation.park, e.workstation.parkEn)}
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-3">{localized(locale, e.industry, e.industryEn)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{e.employees.toLocaleString(locale)}</td>
              <td className="py-2 pr-3">
                {e.responsibleOfficer ? (
                  localized(locale, e.responsibleOfficer.name, e.responsibleOfficer.nameEn)
                ) : (
                  <span className="text-amber-700">{t("noOfficer")}</span>
                )}
              </td>
              <td className="py-2 text-right tabular-nums">{e._count.tickets}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
