import { Pencil } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { pageHistory } from "@/lib/audit/queries";
import type { SearchParams } from "@/lib/forms/url-filters";
import { getEnterpriseForUser } from "@/lib/enterprises/queries";
import { canKeepRegistry, canSeeEnterprise } from "@/lib/enterprises/policy";
import { RecordHistory } from "@/components/history/record-history";
import { DisputesPanel } from "@/components/disputes/disputes-panel";
import { PatrolTeamPanel } from "@/components/patrols/patrol-team-panel";
import { InactiveBadge } from "@/components/enterprises/inactive-badge";
import { OfficerCard } from "@/components/shell/officer-card";
import { ButtonLink } from "@/components/ui/button";
import { PageTitle, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { AssignmentPanel } from "./assignment-panel";
import { ContactsPanel } from "./contacts-panel";
import { HazardsPanel } from "./hazards-panel";
import { LiaisonsPanel } from "./liaisons-panel";
import { MovePanel } from "./move-panel";
import { TicketsPanel } from "./tickets-panel";
import { VisitsPanel } from "./visits-panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  const user = await requirePermission(canSeeEnterprise);
  const enterprise = await getEnterpriseForUser(user, (await params).id);
  return { title: enterprise ? localized(await getLocale(), enterprise.name, enterprise.nameEn) : undefined };
}

export default async function EnterprisePage({ params, searchParams }: Props) {
  const user = await requirePermission(canSeeEnterprise);
  const { id } = await params;
  const [enterprise, t, locale, format] = await Promise.all([
    getEnterpriseForUser(user, id),
    getTranslations("enterprise"),
    getLocale(),
    getFormatter(),
  ]);
  if (!enterprise) notFound();
  const history = await pageHistory(
    user,
    "Enterprise",
    enterprise.id,
    await searchParams,
    `/enterprises/${enterprise.id}`,
  );
  const cny = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "CNY",
    notation: "compact",
    maximumFractionDigits: 1,
  });
  return (
    <>
      <PageTitle subtitle={localized(locale, enterprise.workstation.park, enterprise.workstation.parkEn)}>
        {localized(locale, enterprise.name, enterprise.nameEn)}
        {enterprise.active ? null : <InactiveBadge />}
      </PageTitle>
      {canKeepRegistry(user) ? (
        <div className="-mt-4 mb-4">
          <ButtonLink href={`/enterprises/${enterprise.id}/edit`} icon={Pencil} variant="secondary" size="sm">
            {t("edit")}
          </ButtonLink>
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Section title={t("profile")} id="profile">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">{t("creditCode")}</dt>
            <dd className="font-mono">{enterprise.creditCode}</dd>
            <dt className="text-slate-500">{t("industry")}</dt>
            <dd>{localized(locale, enterprise.industry, enterprise.industryEn)}</dd>
            <dt className="text-slate-500">{t("workstation")}</dt>
            <dd>{localized(locale, enterprise.workstation.name, enterprise.workstation.nameEn)}</dd>
            <dt className="text-slate-500">{t("address")}</dt>
            <dd>{enterprise.address}</dd>
            <dt className="text-slate-500">{t("employees")}</dt>
            <dd className="tabular-nums">{enterprise.employees.toLocaleString(locale)}</dd>
            <dt className="text-slate-500">{t("investment")}</dt>
            <dd className="tabular-nums">{cny.format(Number(enterprise.investmentCny))}</dd>
            {enterprise.projectPhase ? (
              <>
                <dt className="text-slate-500">{t("phase")}</dt>
                <dd>{t(`phases.${enterprise.projectPhase}`)}</dd>
              </>
            ) : null}
          </dl>
        </Section>
        <Section title={t("responsibleOfficer")} id="officer">
          <OfficerCard officer={enterprise.responsibleOfficer} />
          {enterprise.supports.length ? (
            <p className="mt-3 text-sm">
              <span className="text-slate-500">{t("supportingDepartmentsLabel")}</span>
              {format.list(enterprise.supports.map((s) => localized(locale, s.department.name, s.department.nameEn)))}
            </p>
          ) : null}
        </Section>
        <ContactsPanel user={user} enterpriseId={enterprise.id} />
        <LiaisonsPanel user={user} enterpriseId={enterprise.id} />
      </div>
      <AssignmentPanel user={user} enterprise={enterprise} />
      <MovePanel user={user} enterpriseId={enterprise.id} />
      <div className="mt-4 grid gap-4 xl:grid-cols-2">
        <TicketsPanel user={user} enterpriseId={enterprise.id} />
        <HazardsPanel user={user} enterpriseId={enterprise.id} />
      </div>
      <div className="mt-4">
        <VisitsPanel user={user} enterpriseId={enterprise.id} />
      </div>
      <div className="mt-4 grid gap-4 xl:grid-cols-2">
        <DisputesPanel user={user} enterpriseId={enterprise.id} />
        <PatrolTeamPanel user={user} enterpriseId={enterprise.id} />
      </div>
      <div className="mt-4">
        <RecordHistory {...history} />
      </div>
    </>
  );
}
