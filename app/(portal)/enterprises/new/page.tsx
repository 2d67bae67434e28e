import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canKeepRegistry } from "@/lib/enterprises/policy";
import { workstationOptions } from "@/lib/enterprises/queries";
import { EMPTY_ENTERPRISE, EnterpriseForm } from "@/components/enterprises/enterprise-form";
import { phaseChoices, workstationChoices } from "@/components/enterprises/form-options";
import { PageTitle } from "@/components/ui/section";
import { createEnterprise } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("enterprise"))("newTitle") };
}

export default async function NewEnterprisePage() {
  const user = await requirePermission(canKeepRegistry);
  const [t, locale, workstations] = await Promise.all([
    getTranslations("enterprise"),
    getLocale(),
    workstationOptions(user, { activeOnly: true }),
  ]);
  return (
    <>
      <PageTitle subtitle={t("newSubtitle")}>{t("newTitle")}</PageTitle>
      <EnterpriseForm
        action={createEnterprise}
        initial={EMPTY_ENTERPRISE}
        workstations={workstationChoices(locale, workstations)}
        phases={phaseChoices(t)}
        submitLabel={t("create")}
        cancelHref="/enterprises"
      />
    </>
  );
}
