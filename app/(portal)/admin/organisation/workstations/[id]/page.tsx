import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageOrganisation } from "@/lib/organisation/policy";
import { getWorkstationForEdit } from "@/lib/organisation/queries";
import { localized } from "@/components/ui/localized";
import { updateWorkstation } from "../../actions";
import { initialValues, workstationFields } from "../../unit-fields";
import { UnitEditPage } from "../../unit-edit";
import { UnitForm } from "../../unit-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("organisation"))("workstations.editTitle") };
}

export default async function EditWorkstationPage({ params }: Props) {
  const user = await requirePermission(canManageOrganisation);
  const { id } = await params;
  const [t, locale, workstation] = await Promise.all([
    getTranslations("organisation"),
    getLocale(),
    getWorkstationForEdit(user, id),
  ]);
  if (!workstation) notFound();
  const { station } = workstation;
  const fields = workstationFields(t);
  return (
    <UnitEditPage
      kind="workstation"
      title={t("workstations.editTitle")}
      unit={workstation}
      displayName={localized(locale, workstation.name, workstation.nameEn)}
    >
      <p className="mb-4 max-w-3xl text-sm text-slate-600">
        {t("fields.station")}: {localized(locale, station.name, station.nameEn)}. {t("fields.stationFixed")}
      </p>
      <UnitForm
        action={updateWorkstation}
        fields={fields}
        initial={initialValues(fields, workstation)}
        hidden={{ id: workstation.id, version: workstation.version }}
        submitLabel={t("save")}
        cancelHref="/admin/organisation/workstations"
      />
    </UnitEditPage>
  );
}
