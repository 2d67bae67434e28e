import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { VisitKind } from "@/lib/db/generated/enums";
import { visitableEnterprises } from "@/lib/visits/queries";
import { chinaDate } from "@/lib/visits/cadence";
import { MAX_BACKDATE_DAYS } from "@/lib/visits/schemas";
import { PageTitle, EmptyState } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { LogVisitForm } from "./log-visit-form";

export async function generateMetadata() {
  return { title: (await getTranslations("visits"))("new") };
}

type Props = { searchParams: Promise<{ enterprise?: string | string[] }> };

export default async function NewVisitPage({ searchParams }: Props) {
  const user = await requireRole("OFFICER", "CHIEF");
  const requested = (await searchParams).enterprise;
  const [t, locale, enterprises] = await Promise.all([getTranslations("visits"), getLocale(), visitableEnterprises(user)]);
  // Only an enterprise the user may visit is preselected; any other id is ignored, not revealed.
  const preselected = typeof requested === "string" && enterprises.some((e) => e.id === requested) ? requested : null;
  const now = new Date();
  return (
    <>
      <PageTitle subtitle={t("newSubtitle")}>{t("new")}</PageTitle>
      {enterprises.length === 0 ? (
        <EmptyState>{t("noVisitable")}</EmptyState>
      ) : (
        <LogVisitForm
          enterprises={enterprises.map((e) => ({ value: e.id, label: localized(locale, e.name, e.nameEn) }))}
          kinds={Object.values(VisitKind).map((value) => ({ value, label: t(`kinds.${value}`) }))}
          preselected={preselected}
          today={chinaDate(now)}
          earliest={chinaDate(new Date(now.getTime() - MAX_BACKDATE_DAYS * 86_400_000))}
          maxDays={MAX_BACKDATE_DAYS}
        />
      )}
    </>
  );
}
