import { Download } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { cachedCityCountyRows } from "@/lib/dashboard/city-figures";
import { dashboardQuery, dashboardScope, parseDashboardFilters, rangeProblemOf } from "@/lib/dashboard/filters";
import { canSeeCityDashboard } from "@/lib/dashboard/policy";
import { clock } from "@/lib/time/clock";
import { AsOf } from "@/components/dashboard/as-of";
import { FilterForm } from "@/components/dashboard/filter-form";
import { periodLabel } from "@/components/dashboard/format";
import { LightTable } from "@/components/dashboard/light-table";
import { RangeProblemNotice } from "@/components/dashboard/range-problem";
import { buttonClasses } from "@/components/ui/button";
import { PageTitle, Section } from "@/components/ui/section";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("cityTitle") };
}

export default async function CityHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission(canSeeCityDashboard);
  const now = clock.now();
  // A county's places mean nothing across counties: only the period is read from the URL.
  const { period, from, to } = parseDashboardFilters(await searchParams);
  const filters = { period, from, to };
  const scope = dashboardScope(filters, now);
  const [th, t, locale, counties] = await Promise.all([
    getTranslations("home"),
    getTranslations("dashboard"),
    getLocale(),
    cachedCityCountyRows(user, scope, now),
  ]);
  const query = dashboardQuery(filters);
  const shown = periodLabel((key, values) => t(`periodLabel.${key}`, values), locale, scope.period);
  return (
    <>
      <PageTitle subtitle={th("citySubtitle")}>{th("cityTitle")}</PageTitle>
      <div className="space-y-6">
        <FilterForm filters={filters} action="/city" />
        <RangeProblemNotice problem={rangeProblemOf(filters)} />
        <p className="text-sm text-slate-700" data-testid="period-shown">
          {t("periodShown", { period: shown })} <AsOf at={counties.asOf} />
        </p>
        <Section title={t("city.counties")} id="counties">
          <p className="mb-3 text-xs text-slate-600">{t("city.readOnly")}</p>
          <LightTable
            rows={counties.value}
            caption={t("city.countiesCaption")}
            nameHeader={t("city.counties")}
            testId="county-lights"
          />
        </Section>
        <Section title={t("city.exportTitle")} id="export">
          <p className="mb-3 text-xs text-slate-600">{t("city.exportHint")}</p>
          <div className="flex flex-wrap gap-3">
            {/* Plain links, not next/link: file downloads, not pages to prefetch. */}
            <a href={`/city/export${query}`} className={buttonClasses({ size: "sm" })} data-testid="city-export">
              <Download aria-hidden="true" className="size-4 shrink-0" />
              <span>{t("city.xlsx")}</span>
            </a>
            <a
              href={`/city/export${query}${query ? "&" : "?"}format=csv`}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              <Download aria-hidden="true" className="size-4 shrink-0" />
              <span>{t("city.csv")}</span>
            </a>
          </div>
        </Section>
      </div>
    </>
  );
}
