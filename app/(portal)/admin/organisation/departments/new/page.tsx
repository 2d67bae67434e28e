import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageOrganisation } from "@/lib/organisation/policy";
import { PageTitle } from "@/components/ui/section";
import { createDepartment } from "../../actions";
import { departmentFields } from "../../unit-fields";
import { UnitForm } from "../../unit-form";

export async function generateMetadata() {
  return { title: (await getTranslations("organisation"))("departments.newTitle") };
}

export default async function NewDepartmentPage() {
  await requirePermission(canManageOrganisation);
  const t = await getTranslations("organisation");
  return (
    <>
      <PageTitle>{t("departments.newTitle")}</PageTitle>
      <UnitForm
        action={createDepartment}
        fields={departmentFields(t)}
        initial={{}}
        submitLabel={t("create")}
        cancelHref="/admin/organisation/departments"
      />
    </>
  );
}
