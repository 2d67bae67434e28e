import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { bureauHolidays } from "@/lib/patrols/holidays";
import { canManagePatrols } from "@/lib/patrols/policy";
import { PageTitle, Section } from "@/components/ui/section";
import { HolidaysForm } from "@/components/patrols/holidays-form";
import { setHolidays } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("patrols.holidays"))("title") };
}

export default async function HolidaysPage() {
  const user = await requirePermission(canManagePatrols);
  const [t, dates] = await Promise.all([getTranslations("patrols.holidays"), bureauHolidays(user)]);
  return (
    <>
      <PageTitle subtitle={t("hint")}>{t("title")}</PageTitle>
      <Section title={dates.length ? t("count", { count: dates.length }) : t("none")} id="holidays">
        <HolidaysForm action={setHolidays} dates={dates} />
      </Section>
    </>
  );
}
