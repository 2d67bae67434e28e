import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageAccounts } from "@/lib/users/policy";
import { PageTitle } from "@/components/ui/section";
import { AccountForm, EMPTY_ACCOUNT } from "../account-form";
import { createAccount } from "../actions";
import { accountChoices } from "../choices";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("newTitle") };
}

export default async function NewAccountPage() {
  const user = await requirePermission(canManageAccounts);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const choices = await accountChoices(user, locale, (role) => t(`roles.${role}`));
  return (
    <>
      <PageTitle subtitle={t("users.newSubtitle")}>{t("users.newTitle")}</PageTitle>
      <AccountForm
        action={createAccount}
        initial={EMPTY_ACCOUNT}
        choices={choices}
        submitLabel={t("users.create")}
        workingLabel={t("users.creating")}
        cancelHref="/admin/accounts"
      />
    </>
  );
}
