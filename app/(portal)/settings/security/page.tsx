import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canRequireTwoFactor } from "@/lib/account/policy";
import { getTwoFactorRequirement } from "@/lib/account/queries";
import { PageTitle, Section } from "@/components/ui/section";
import { setTwoFactorRequirement } from "./actions";
import { RequirementForm } from "./requirement-form";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("security.title") };
}

export default async function SecuritySettingsPage() {
  const user = await requirePermission(canRequireTwoFactor);
  const [t, requirement] = await Promise.all([getTranslations("account.security"), getTwoFactorRequirement(user)]);
  if (!requirement) notFound();
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Section title={t("requireTitle")} id="two-factor-requirement">
        <RequirementForm action={setTwoFactorRequirement} required={requirement.required} />
      </Section>
    </>
  );
}
