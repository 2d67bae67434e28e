import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { RESIDENCY_FILING_ROLES } from "@/lib/residency/machine";
import { PageTitle } from "@/components/ui/section";
import { ApplicantForm } from "@/components/residency/applicant-form";
import { applicantOptions } from "@/components/residency/options";
import { fileRequest } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("residency"))("new") };
}

export default async function NewResidencyPage() {
  await requireRole(...RESIDENCY_FILING_ROLES);
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
