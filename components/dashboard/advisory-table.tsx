import { getLocale, getTranslations } from "next-intl/server";
import type { AdvisoryFigures, AdvisoryStationRow } from "@/lib/dashboard/advisory-figures";
import { DataTable, type Column } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";
import { formats } from "./format";

/** Advisories sent in the period and, per station, how many reached its enterprises and the share acknowledged. */
export async function AdvisoryTable({ figures }: { figures: AdvisoryFigures | null }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.advisories"), getLocale()]);
  if (!figures) return <p className="text-sm text-slate-600">{t("narrowed")}</p>;
  const f = formats(locale);
  const columns: Column<AdvisoryStationRow>[] = [
    { key: "station", header: t("station"), rowHeader: true, cell: (r) => localized(locale, r.name, r.nameEn) },
    {
      key: "advisories",
      header: t("advisories"),
      align: "end",
      className: "tabular-nums",
      cell: (r) => f.num(r.advisories),
    },
    { key: "reached", header: t("reached"), align: "end", className: "tabular-nums", cell: (r) => f.num(r.reached) },
    { key: "read", header: t("read"), align: "end", className: "tabular-nums", cell: (r) => f.num(r.read) },
    {
      key: "acknowledged",
      header: t("acknowledged"),
      align: "end",
      className: "tabular-nums",
      cell: (r) => f.num(r.acknowledged),
    },
    {
      key: "rate",
      header: t("rate"),
      align: "end",
      className: "tabular-nums",
      cell: (r) => f.pct(r.acknowledgeRate) ?? "—",
    },
  ];
  return (
    <div data-testid="advisory-stations">
      <p className="mb-3 text-sm text-slate-700" data-testid="advisories-sent">
        {t("sent", { count: figures.sent })}
      </p>
      <DataTable caption={t("caption")} columns={columns} rows={figures.stations} rowKey={(r) => r.id} empty="—" />
    </div>
  );
}
