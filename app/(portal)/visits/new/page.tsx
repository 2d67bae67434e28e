import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { Severity, VisitKind } from "@/lib/domain/enums";
import { canLogVisits } from "@/lib/visits/policy";
import { visitableEnterprises } from "@/lib/visits/queries";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { MAX_BACKDATE_DAYS, MAX_VISIT_HAZARDS } from "@/lib/visits/schemas";
import { MAX_DEADLINE_DAYS } from "@/lib/hazards/schemas";
import { PageTitle, EmptyState } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { LogVisitForm } from "./log-visit-form";

export async function generateMetadata() {
  return { title: (await getTranslations("visits"))("new") };
}

type Props = { searchParams: Promise<{ enterprise?: string | string[] }> };

export default async function NewVisitPage({ searchParams }: Props) {
  const user = await requirePermission(canLogVisits);
  const requested = (await searchParams).enterprise;
  const [t, th, locale, enterprises] = await Promise.all([
    getTranslations("visits"),
    getTranslations("hazards"),
    getLocale(),
    visitableEnterprises(user),
  ]);
  // Only an enterprise the user may visit is preselected; any other id is ignored, not revealed.
  const preselected = typeof requested === "string" && enterprises.some((e) => e.id === requested) ? requested : null;
  const now = clock.now();
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
          earliest={chinaDate(addDays(now, -MAX_BACKDATE_DAYS))}
          maxDays={MAX_BACKDATE_DAYS}
          hazardLimits={{
            severities: Object.values(Severity).map((value) => ({ value, label: th(`severities.${value}`) })),
            today: chinaDate(now),
            latest: chinaDate(addDays(now, MAX_DEADLINE_DAYS)),
            maxDays: MAX_DEADLINE_DAYS,
            max: MAX_VISIT_HAZARDS,
          }}
        />
      )}
    </>
  );
}
