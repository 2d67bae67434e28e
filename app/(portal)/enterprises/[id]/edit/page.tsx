import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { canKeepRegistry } from "@/lib/enterprises/policy";
import { getEnterpriseForEdit, workstationOptions } from "@/lib/enterprises/queries";
import { investmentWanOf } from "@/lib/enterprises/schemas";
import { ActivationForm } from "@/components/enterprises/activation-form";
import { EnterpriseForm } from "@/components/enterprises/enterprise-form";
import { phaseChoices, workstationChoices } from "@/components/enterprises/form-options";
import { localized } from "@/components/ui/localized";
import { PageTitle, Section } from "@/components/ui/section";
import { setEnterpriseActive, updateEnterprise } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("enterprise"))("editTitle") };
}

export default async function EditEnterprisePage({ params }: Props) {
  const user = await requirePermission(canKeepRegistry);
  const { id } = await params;
  const [enterprise, t, locale, workstations] = await Promise.all([
    getEnterpriseForEdit(user, id),
    getTranslations("enterprise"),
    getLocale(),
    workstationOptions(user, { activeOnly: true }),
  ]);
  if (!enterprise) notFound();
  const name = localized(locale, enterprise.name, enterprise.nameEn);
  return (
    <>
      <PageTitle subtitle={t("editSubtitle", { name })}>{t("editTitle")}</PageTitle>
      <EnterpriseForm
        // After a conflict the page re-renders with the new version: fields the user typed in keep their
        // text, untouched ones show the stored values, and a second save is checked against the new version.
        action={updateEnterprise}
        hidden={{ enterpriseId: enterprise.id, version: enterprise.version }}
        initial={{
          name: enterprise.name,
          nameEn: enterprise.nameEn,
          creditCode: enterprise.creditCode,
          industry: enterprise.industry,
          industryEn: enterprise.industryEn,
          workstationId: enterprise.workstationId,
          address: enterprise.address,
          employees: String(enterprise.employees),
          investmentWan: String(investmentWanOf(enterprise.investmentCny)),
          keyProject: enterprise.keyProject,
          projectPhase: enterprise.projectPhase ?? "",
        }}
        workstations={workstationChoices(locale, workstations)}
        phases={phaseChoices(t)}
        submitLabel={t("save")}
        cancelHref={`/enterprises/${enterprise.id}`}
      />
      <div className="mt-6 max-w-3xl">
        <Section
          title={t(enterprise.active ? "activation.deactivateTitle" : "activation.reactivateTitle")}
          id="activation"
        >
          <p className="mb-3 text-sm text-slate-600">
            {t(enterprise.active ? "activation.deactivateBody" : "activation.reactivateBody")}
          </p>
          <ActivationForm
            key={String(enterprise.active)}
            action={setEnterpriseActive}
            enterpriseId={enterprise.id}
            version={enterprise.version}
            active={!enterprise.active}
          />
        </Section>
      </div>
    </>
  );
}
