import type { Period } from "@/lib/dashboard/period";

export type Formats = {
  num: (n: number) => string;
  pct: (v: number | null) => string | null;
  dec: (v: number | null) => string | null;
};

/** Locale-aware number formats; a figure with nothing to measure yet is null, shown as a dash by the caller. */
export function formats(locale: string): Formats {
  const num = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const dec = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    num: (n) => num.format(n),
    pct: (v) => (v === null ? null : pct.format(v)),
    dec: (v) => (v === null ? null : dec.format(v)),
  };
}

type PeriodT = (key: "month" | "quarter" | "year" | "custom", values: Record<string, string | number>) => string;

/** "2026年3月" / "March 2026", "2026年第一季度" / "Q1 2026", or the custom range's first and last days. */
export function periodLabel(t: PeriodT, locale: string, period: Period): string {
  const [year, month] = period.firstDay.split("-").map(Number) as [number, number];
  if (period.kind === "custom") return t("custom", { first: period.firstDay, last: period.lastDay });
  if (period.kind === "year") return t("year", { year });
  if (period.kind === "quarter") return t("quarter", { year, quarter: Math.floor((month - 1) / 3) + 1 });
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return t("month", { year, month, monthName });
}
