import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canSeePatrolLogs, canSeePatrolTeams, canSeePatrols } from "@/lib/patrols/policy";
import { enterprisePatrols } from "@/lib/patrols/queries";
import { Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { NightDate } from "./night-date";

/**
 * An enterprise's joint patrol team and its next duty nights. Liaisons see published nights only;
 * admins and anyone who does not see the team get nothing at all.
 */
export async function PatrolTeamPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  if (!canSeePatrols(user)) return null;
  const [t, locale, patrols] = await Promise.all([
    getTranslations("patrols"),
    getLocale(),
    enterprisePatrols(user, enterpriseId),
  ]);
  // Liaisons follow their nights on /patrols: the team and shift pages are the police's.
  const teamLink = canSeePatrolTeams(user);
  const shiftLinks = canSeePatrolLogs(user);
  return (
    <Section title={t("panelTitle")} id="patrols">
      {!patrols ? (
        <p className="text-sm text-slate-500">{t("panelNone")}</p>
      ) : (
        <div className="space-y-2 text-sm">
          <p>
            {teamLink ? (
              <Link href={`/patrols/teams/${patrols.team.id}`} className="text-brand-700 hover:underline">
                {t("panelTeam", { team: patrols.team.name })}
              </Link>
            ) : (
              t("panelTeam", { team: patrols.team.name })
            )}
          </p>
          {patrols.team.leadOfficer ? (
            <p className="text-slate-600">
              {t("leaderNamed", {
                name: localized(locale, patrols.team.leadOfficer.name, patrols.team.leadOfficer.nameEn),
              })}
            </p>
          ) : null}
          <h3 className="font-medium text-slate-800">{t("panelNext")}</h3>
          {patrols.nights.length === 0 ? (
            <p className="text-slate-500">{t("panelNoNights")}</p>
          ) : (
            <ul className="space-y-0.5">
              {patrols.nights.map((n) => (
                <li key={n.id}>
                  {shiftLinks ? (
                    <Link href={`/patrols/shifts/${n.id}`} className="hover:underline">
                      <NightDate date={n.date} locale={locale} />
                    </Link>
                  ) : (
                    <NightDate date={n.date} locale={locale} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}
