import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageOrganisation } from "@/lib/organisation/policy";
import { getDepartmentForEdit } from "@/lib/organisation/queries";
import { localized } from "@/components/ui/localized";
import { updateDepartment } from "../../actions";
import { initialValues, departmentFields } from "../../unit-fields";
import { UnitEditPage } from "../../unit-edit";
import { UnitForm } from "../../unit-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("organisation"))("departments.editTitle") };
}

export default async function EditDepartmentPage({ params }: Props) {
  const user = await requirePermission(canManageOrganisation);
  const { id } = await params;
  const [t, locale, department] = await Promise.all([
    getTranslations("organisation"),
    getLocale(),
    getDepartmentForEdit(user, id),
  ]);
  if (!department) notFound();
  const fields = departmentFields(t);
  return (
    <UnitEditPage
      kind="department"
      title={t("departments.editTitle")}
      unit={department}
      displayName={localized(locale, department.name, department.nameEn)}
    >
      <UnitForm
        action={updateDepartment}
        fields={fields}
        initial={initialValues(fields, department)}
        hidden={{ id: department.id, version: department.version }}
        submitLabel={t("save")}
        cancelHref="/admin/organisation/departments"
      />
    </UnitEditPage>
  );
}
