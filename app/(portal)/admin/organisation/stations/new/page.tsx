import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageOrganisation } from "@/lib/organisation/policy";
import { PageTitle } from "@/components/ui/section";
import { createStation } from "../../actions";
import { stationFields } from "../../unit-fields";
import { UnitForm } from "../../unit-form";

export async function generateMetadata() {
  return { title: (await getTranslations("organisation"))("stations.newTitle") };
}

export default async function NewStationPage() {
  await requirePermission(canManageOrganisation);
  const t = await getTranslations("organisation");
  return (
    <>
      <PageTitle>{t("stations.newTitle")}</PageTitle>
      <UnitForm
        action={createStation}
        fields={stationFields(t)}
        initial={{}}
        submitLabel={t("create")}
        cancelHref="/admin/organisation/stations"
      />
    </>
  );
}
