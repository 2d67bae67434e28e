import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canManagePatrols } from "@/lib/patrols/policy";
import { teamFormOptions } from "@/lib/patrols/queries";
import { PageTitle } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { TeamForm } from "@/components/patrols/team-form";
import { toTeamFormOptions } from "@/components/patrols/team-form-options";
import { createTeam } from "../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("patrols"))("newTeam") };
}

export default async function NewTeamPage() {
  const user = await requirePermission(canManagePatrols);
  const [t, locale, options] = await Promise.all([getTranslations("patrols"), getLocale(), teamFormOptions(user)]);
  return (
    <>
      <PageTitle subtitle={t("newTeamSubtitle")}>{t("newTeam")}</PageTitle>
      <TeamForm
        action={createTeam}
        options={toTeamFormOptions(options, (zh, en) => localized(locale, zh, en))}
        values={{
          name: "",
          stationId: "",
          leadOfficerId: "",
          guardsPerNight: 2,
          routeName: "",
          checkpoints: [],
          memberIds: [],
        }}
        cancelHref="/patrols"
      />
    </>
  );
}
