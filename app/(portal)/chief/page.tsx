import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { countyFigures } from "@/lib/dashboard/county-figures";
import { PageTitle } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("chiefTitle") };
}

export default async function ChiefHome() {
  const user = await requireRole("CHIEF");
  const [t, locale, f] = await Promise.all([getTranslations("home"), getLocale(), countyFigures(user)]);
  const coverage = f.enterprises ? f.covered / f.enterprises : 0;
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(coverage);
  return (
    <>
      <PageTitle subtitle={t("chiefSubtitle")}>{t("chiefTitle")}</PageTitle>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        <Stat label={t("enterprises")} value={f.enterprises} />
        <Stat label={t("officerCoverage")} value={pct} hint={t("coveredOf", { covered: f.covered, total: f.enterprises })} />
        <Stat label={t("openTickets")} value={f.openTickets} />
        <Stat label={t("overdueTickets")} value={f.overdueTickets} tone={f.overdueTickets ? "warn" : "default"} />
        <Stat label={t("closedThisMonth")} value={f.closedThisMonth} testId="closed-this-month" />
        <Stat label={t("openHazards")} value={f.openHazards} />
        <Stat label={t("openDisputes")} value={f.openDisputes} />
      </dl>
      <p className="mt-6 text-sm">
        <Link href="/tickets?attention=1" className="text-brand-600 underline">{t("attentionLink")}</Link>
      </p>
    </>
  );
}
