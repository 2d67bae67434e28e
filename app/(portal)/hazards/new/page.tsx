import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { Severity } from "@/lib/domain/enums";
import { canListHazards } from "@/lib/hazards/policy";
import { hazardSourceFor, listableEnterprises } from "@/lib/hazards/queries";
import { MAX_DEADLINE_DAYS } from "@/lib/hazards/schemas";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { ListHazardForm } from "./list-hazard-form";

export async function generateMetadata() {
  return { title: (await getTranslations("hazards"))("new") };
}

type Props = {
  searchParams: Promise<{ enterprise?: string | string[]; ticket?: string | string[]; visit?: string | string[] }>;
};

const single = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 64 ? v : undefined);

export default async function NewHazardPage({ searchParams }: Props) {
  const user = await requirePermission(canListHazards);
  const query = await searchParams;
  const [t, tv, locale, enterprises, source] = await Promise.all([
    getTranslations("hazards"),
    getTranslations("visits"),
    getLocale(),
    listableEnterprises(user),
    hazardSourceFor(user, { ticket: single(query.ticket), visit: single(query.visit) }),
  ]);
  // Only an enterprise in the user's scope is preselected; any other id is ignored, not revealed.
  // A hazard found in a ticket or on a visit belongs to that record's enterprise.
  const requested = source?.enterpriseId ?? single(query.enterprise);
  const preselected = requested && enterprises.some((e) => e.id === requested) ? requested : null;
  const sourceLabel = !source
    ? null
    : source.field === "ticketId"
      ? t("sourceTicket", { number: source.number, title: source.title })
      : t("sourceVisit", { date: chinaDate(source.visitedAt), kind: tv(`kinds.${source.kind}`) });
  const now = clock.now();
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
          source={source && sourceLabel ? { field: source.field, id: source.id, label: sourceLabel } : null}
          today={chinaDate(now)}
          latest={chinaDate(addDays(now, MAX_DEADLINE_DAYS))}
          maxDays={MAX_DEADLINE_DAYS}
        />
      )}
    </>
  );
}
