import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { adminFigures } from "@/lib/dashboard/county-figures";
import { canUseAdminDesk } from "@/lib/dashboard/policy";
import { PageTitle } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("adminTitle") };
}

export default async function AdminHome() {
  const user = await requirePermission(canUseAdminDesk);
  const [t, f] = await Promise.all([getTranslations(), adminFigures(user)]);
  return (
    <>
      <PageTitle subtitle={t("home.adminSubtitle")}>{t("home.adminTitle")}</PageTitle>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("home.stations")} value={f.stations} />
        <Stat label={t("home.workstations")} value={f.workstations} />
        <Stat label={t("home.enterprises")} value={f.enterprises} />
        {f.usersByRole.map(({ role, count }) => (
          <Stat key={role} label={t("home.usersOfRole", { role: t(`roles.${role}`) })} value={count} />
        ))}
      </dl>
    </>
  );
}
