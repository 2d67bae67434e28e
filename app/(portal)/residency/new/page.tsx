import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canFileResidency } from "@/lib/residency/policy";
import { PageTitle } from "@/components/ui/section";
import { ApplicantForm } from "@/components/residency/applicant-form";
import { applicantOptions } from "@/components/residency/options";
import { fileRequest } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("residency"))("new") };
}

export default async function NewResidencyPage() {
  await requirePermission(canFileResidency);
  const t = await getTranslations("residency");
  return (
    <>
      <PageTitle subtitle={t("newSubtitle")}>{t("new")}</PageTitle>
      <ApplicantForm
        action={fileRequest}
        {...await applicantOptions()}
        submitLabel={t("createDraft")}
        cancelHref="/residency"
      />
    </>
  );
}
