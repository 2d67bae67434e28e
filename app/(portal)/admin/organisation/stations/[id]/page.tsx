import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageOrganisation } from "@/lib/organisation/policy";
import { getStationForEdit } from "@/lib/organisation/queries";
import { localized } from "@/components/ui/localized";
import { updateStation } from "../../actions";
import { initialValues, stationFields } from "../../unit-fields";
import { UnitEditPage } from "../../unit-edit";
import { UnitForm } from "../../unit-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("organisation"))("stations.editTitle") };
}

export default async function EditStationPage({ params }: Props) {
  const user = await requirePermission(canManageOrganisation);
  const { id } = await params;
  const [t, locale, station] = await Promise.all([
    getTranslations("organisation"),
    getLocale(),
    getStationForEdit(user, id),
  ]);
  if (!station) notFound();
  const fields = stationFields(t);
  return (
    <UnitEditPage
      kind="station"
      title={t("stations.editTitle")}
      unit={station}
      displayName={localized(locale, station.name, station.nameEn)}
    >
      <UnitForm
        action={updateStation}
        fields={fields}
        initial={initialValues(fields, station)}
        hidden={{ id: station.id, version: station.version }}
        submitLabel={t("save")}
        cancelHref="/admin/organisation/stations"
      />
    </UnitEditPage>
  );
}
