import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
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
  const user = await requireRole("CHIEF");
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
