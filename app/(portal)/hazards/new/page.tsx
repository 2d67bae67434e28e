import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { Severity } from "@/lib/db/generated/enums";
import { listableEnterprises } from "@/lib/hazards/queries";
import { MAX_DEADLINE_DAYS } from "@/lib/hazards/schemas";
import { chinaDate } from "@/lib/visits/cadence";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { ListHazardForm } from "./list-hazard-form";

export async function generateMetadata() {
  return { title: (await getTranslations("hazards"))("new") };
}

type Props = { searchParams: Promise<{ enterprise?: string | string[] }> };

export default async function NewHazardPage({ searchParams }: Props) {
  const user = await requireRole("OFFICER", "CHIEF");
  const requested = (await searchParams).enterprise;
  const [t, locale, enterprises] = await Promise.all([getTranslations("hazards"), getLocale(), listableEnterprises(user)]);
  // Only an enterprise in the user's scope is preselected; any other id is ignored, not revealed.
  const preselected = typeof requested === "string" && enterprises.some((e) => e.id === requested) ? requested : null;
  const now = new Date();
  return (
    <>
      <PageTitle subtitle={t("newSubtitle")}>{t("new")}</PageTitle>
      {enterprises.length === 0 ? (
        <EmptyState>{t("noListable")}</EmptyState>
      ) : (
        <ListHazardForm
          enterprises={enterprises.map((e) => ({ value: e.id, label: localized(locale, e.name, e.nameEn) }))}
          severities={Object.values(Severity).map((value) => ({ value, label: t(`severities.${value}`) }))}
          preselected={preselected}
          today={chinaDate(now)}
          latest={chinaDate(new Date(now.getTime() + MAX_DEADLINE_DAYS * 86_400_000))}
          maxDays={MAX_DEADLINE_DAYS}
        />
      )}
    </>
  );
}
