import { ArrowLeft } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canSeeCountyDashboard } from "@/lib/dashboard/policy";
import { dashboardQuery, parseDashboardFilters } from "@/lib/dashboard/filters";
import { CountyDashboard } from "@/components/dashboard/county-dashboard";
import { PrintButton } from "@/components/dashboard/print-button";
import { ButtonLink } from "@/components/ui/button";
import { clock } from "@/lib/time/clock";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard.report"))("title") };
}

/** The dashboard laid out for paper: no form or export links, charts printed as their data tables. */
export default async function ChiefReport({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission(canSeeCountyDashboard);
  const [t, locale, params] = await Promise.all([getTranslations("dashboard.report"), getLocale(), searchParams]);
  const filters = parseDashboardFilters(params);
  const generated = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(clock.now());
  return (
    <article className="print:text-[11pt]">
      <div className="no-print mb-4 flex flex-wrap gap-3 text-sm">
        <PrintButton label={t("print")} />
        <ButtonLink href={`/chief${dashboardQuery(filters)}`} variant="secondary" icon={ArrowLeft}>
          {t("back")}
        </ButtonLink>
      </div>
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("generated", { at: generated })}</p>
      <CountyDashboard user={user} filters={filters} variant="print" />
    </article>
  );
}
