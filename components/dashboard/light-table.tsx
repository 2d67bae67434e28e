import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BreakdownRow } from "@/lib/dashboard/breakdowns";
import type { Light } from "@/lib/dashboard/traffic-light";
import { localized } from "@/components/ui/localized";
import { formats } from "./format";

const STYLE: Record<Light, string> = {
  green: "bg-green-100 text-green-900 border-green-300",
  amber: "bg-amber-100 text-amber-900 border-amber-300",
  red: "bg-red-100 text-red-900 border-red-300",
};
// A shape per state as well as a colour and a word, for readers who cannot tell the colours apart.
const SHAPE: Record<Light, string> = { green: "●", amber: "▲", red: "■" };

export async function LightBadge({ light }: { light: Light }) {
  const t = await getTranslations("dashboard.lights");
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-medium ${STYLE[light]}`}>
      <span aria-hidden="true">{SHAPE[light]}</span>
      {t(light)}
    </span>
  );
}

/** Stations or officers with their light, the measures behind it, and a link to the list behind each row. */
export async function LightTable({
  rows,
  caption,
  nameHeader,
  hrefOf,
  testId,
}: {
  rows: BreakdownRow[];
  caption: string;
  nameHeader: string;
  hrefOf: (row: BreakdownRow) => string;
  testId: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const f = formats(locale);
  const dash = t("figures.none");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid={testId}>
        <caption className="pb-2 text-left text-sm text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {nameHeader}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("lights.light")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("lights.onTime")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("lights.overdueItems")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("lights.satisfaction")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("lights.received")}
            </th>
            <th scope="col" className="py-2 font-medium no-print">
              <span className="sr-only">{t("lights.view")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const name = localized(locale, r.name, r.nameEn);
            return (
              <tr key={r.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {name}
                </th>
                <td className="py-2 pr-3">
                  <LightBadge light={r.lights.light} />
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{f.pct(r.tickets.onTimeResolution) ?? dash}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{f.num(r.overdueItems)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{f.dec(r.tickets.averageRating) ?? dash}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{f.num(r.tickets.received)}</td>
                <td className="py-2 no-print">
                  <Link href={hrefOf(r)} className="text-brand-600 underline">
                    {t("lights.view")}
                    <span className="sr-only">{t("lights.viewOf", { name })}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
