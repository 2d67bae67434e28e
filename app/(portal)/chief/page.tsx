import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canSeeCountyDashboard } from "@/lib/dashboard/policy";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { CountyDashboard } from "@/components/dashboard/county-dashboard";
import { PageTitle } from "@/components/ui/section";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("chiefTitle") };
}

export default async function ChiefHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission(canSeeCountyDashboard);
  const [t, params] = await Promise.all([getTranslations("home"), searchParams]);
  return (
    <>
      <PageTitle subtitle={t("chiefSubtitle")}>{t("chiefTitle")}</PageTitle>
      <CountyDashboard user={user} filters={parseDashboardFilters(params)} />
    </>
  );
}
