import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageOrganisation } from "@/lib/organisation/policy";
import { stationOptions } from "@/lib/organisation/queries";
import { localized } from "@/components/ui/localized";
import { PageTitle } from "@/components/ui/section";
import { createWorkstation } from "../../actions";
import { workstationFields } from "../../unit-fields";
import { UnitForm } from "../../unit-form";

export async function generateMetadata() {
  return { title: (await getTranslations("organisation"))("workstations.newTitle") };
}

export default async function NewWorkstationPage() {
  const user = await requirePermission(canManageOrganisation);
  const [t, locale, stations] = await Promise.all([
    getTranslations("organisation"),
    getLocale(),
    // A new workstation opens under an active station only.
    stationOptions(user, { activeOnly: true }),
  ]);
  const choices = stations.map((s) => ({ value: s.id, label: localized(locale, s.name, s.nameEn) }));
  return (
    <>
      <PageTitle>{t("workstations.newTitle")}</PageTitle>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("fields.stationFixed")}</p>
      <UnitForm
        action={createWorkstation}
        fields={workstationFields(t, choices)}
        initial={{}}
        submitLabel={t("create")}
        cancelHref="/admin/organisation/workstations"
      />
    </>
  );
}
