import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BreakdownRow } from "@/lib/dashboard/breakdowns";
import type { Light } from "@/lib/dashboard/traffic-light";
import { DataTable, type Column } from "@/components/ui/data-table";
import { localized } from "@/components/ui/localized";
import { formats } from "./format";

/** A light as a colour, a shape (for readers who cannot tell the colours apart) and a word: app/globals.css draws it. */
export async function LightBadge({ light }: { light: Light }) {
  const t = await getTranslations("dashboard.lights");
  return <span className={`light light-${light}`}>{t(light)}</span>;
}

// The last column only holds the "details" links, which say what they are: its header is for screen
// readers only (DataTable shows every header, so it is hidden here), and its cells are not printed.
const VIEW_HEADER_HIDDEN = "[&_thead_th:last-child]:sr-only";

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
  /** Where each row's details are; without it the table has no details column. */
  hrefOf?: (row: BreakdownRow) => string;
  testId: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const f = formats(locale);
  const dash = t("figures.none");
  const figure = "tabular-nums";
  const columns: Column<BreakdownRow>[] = [
    { key: "name", header: nameHeader, rowHeader: true, cell: (r) => localized(locale, r.name, r.nameEn) },
    { key: "light", header: t("lights.light"), cell: (r) => <LightBadge light={r.lights.light} /> },
    {
      key: "onTime",
      header: t("lights.onTime"),
      align: "end",
      className: figure,
      cell: (r) => f.pct(r.tickets.onTimeResolution) ?? dash,
    },
    {
      key: "overdueItems",
      header: t("lights.overdueItems"),
      align: "end",
      className: figure,
      cell: (r) => f.num(r.overdueItems),
    },
    {
      key: "satisfaction",
      header: t("lights.satisfaction"),
      align: "end",
      className: figure,
      cell: (r) => f.dec(r.tickets.averageRating) ?? dash,
    },
    {
      key: "received",
      header: t("lights.received"),
      align: "end",
      className: figure,
      cell: (r) => f.num(r.tickets.received),
    },
  ];
  if (hrefOf) {
    columns.push({
      key: "view",
      header: t("lights.view"),
      // On a phone's card the link says it all; no label before it.
      className: "no-print max-sm:before:hidden",
      cell: (r) => (
        <Link href={hrefOf(r)} className="text-brand-600 underline">
          {t("lights.view")}
          <span className="sr-only">{t("lights.viewOf", { name: localized(locale, r.name, r.nameEn) })}</span>
        </Link>
      ),
    });
  }
  return (
    <div className={hrefOf ? VIEW_HEADER_HIDDEN : undefined}>
      <DataTable
        caption={caption}
        captionVisible
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("lists.none")}
        testId={testId}
      />
    </div>
  );
}
