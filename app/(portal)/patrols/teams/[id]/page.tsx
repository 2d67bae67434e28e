import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { fromDbDate, monthOf, nextMonth, todayInChina } from "@/lib/patrols/dates";
import { canManagePatrols, canSeePatrolTeams } from "@/lib/patrols/policy";
import { getTeam, patrolRequestsForTeam, teamFormOptions } from "@/lib/patrols/queries";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { TicketActionForm } from "@/components/tickets/action-form";
import { NightDate } from "@/components/patrols/night-date";
import { TeamForm } from "@/components/patrols/team-form";
import { toTeamFormOptions } from "@/components/patrols/team-form-options";
import { attachRequest, updateTeam } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const team = await getTeam(await requirePermission(canSeePatrolTeams), (await params).id);
  return { title: team?.name ?? "" };
}

export default async function TeamPage({ params }: Props) {
  // Liaisons follow their own nights on /patrols; the team's organisation is police work.
  const user = await requirePermission(canSeePatrolTeams);
  const team = await getTeam(user, (await params).id);
  if (!team) notFound();
  const manager = canManagePatrols(user);
  const [t, locale, options, requests] = await Promise.all([
    getTranslations("patrols"),
    getLocale(),
    manager ? teamFormOptions(user, team) : null,
    manager ? patrolRequestsForTeam(user, team) : [],
  ]);
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  const names = new Map(team.members.map((m) => [m.enterpriseId, name(m.enterprise)]));
  const thisMonth = monthOf(todayInChina());
  // This month and the next two are always offered, so a chief can start a month that has no rota yet.
  const months = [thisMonth, nextMonth(thisMonth), nextMonth(nextMonth(thisMonth))];
  const rotaOf = new Map(team.rotas.map((r) => [fromDbDate(r.month).slice(0, 7), r]));
  const listed = [...new Set([...months, ...rotaOf.keys()])].sort().reverse();
  return (
    <>
      <PageTitle
        subtitle={`${name(team.station)} · ${t("leaderNamed", { name: name(team.leadOfficer) })} · ${t("perNight", { count: team.guardsPerNight })}`}
      >
        {team.name}{" "}
        {team.active ? null : (
          <span className="ml-2 rounded bg-slate-200 px-2 align-middle text-sm text-slate-700">{t("inactive")}</span>
        )}
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("rotas")} id="rotas">
          <ul className="space-y-1 text-sm">
            {listed.map((month) => {
              const rota = rotaOf.get(month);
              return (
                <li key={month} className="flex items-center gap-3">
                  <Link
                    href={`/patrols/teams/${team.id}/rota/${month}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {month}
                  </Link>
                  <span className={rota?.status === "PUBLISHED" ? "text-emerald-700" : "text-slate-500"}>
                    {t(`rotaStatuses.${rota?.status ?? "NONE"}`)}
                  </span>
                  {rota ? <span className="text-slate-500">{t("nights", { count: rota._count.shifts })}</span> : null}
                </li>
              );
            })}
          </ul>
        </Section>
        <Section title={t("route")} id="route">
          <p className="text-sm font-medium">{team.routeName || "—"}</p>
          {team.checkpoints.length ? (
            <ol className="mt-2 list-decimal space-y-0.5 pl-5 text-sm">
              {team.checkpoints.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ol>
          ) : (
            <EmptyState>{t("noCheckpoints")}</EmptyState>
          )}
        </Section>
        <Section title={t("membersTitle")} id="members">
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {team.members.map((m) => (
              <li key={m.enterpriseId}>
                <Link href={`/enterprises/${m.enterpriseId}`} className="hover:underline">
                  {name(m.enterprise)}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
        <Section title={t("blackoutsTitle")} id="blackouts">
          {team.unavailable.length === 0 ? (
            <EmptyState>{t("noBlackouts")}</EmptyState>
          ) : (
            <ul className="space-y-1 text-sm">
              {team.unavailable.map((u) => (
                <li key={`${u.enterpriseId}-${u.date.toISOString()}`} className="flex gap-3">
                  <NightDate date={fromDbDate(u.date)} locale={locale} />
                  <span>{names.get(u.enterpriseId) ?? name(u.enterprise)}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      {manager && options ? (
        <div className="mt-6 space-y-6">
          <Section title={t("requests")} id="requests">
            <p className="mb-3 text-sm text-slate-600">{t("requestsHint")}</p>
            {requests.length === 0 ? (
              <EmptyState>{t("noRequests")}</EmptyState>
            ) : (
              <ul className="space-y-2 text-sm">
                {requests.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center gap-3">
                    <Link href={`/tickets/${r.id}`} className="text-brand-700 hover:underline">
                      {r.number}
                    </Link>
                    <span>{r.title}</span>
                    <span className="text-slate-500">{name(r.enterprise)}</span>
                    {r.patrolTeamId === team.id ? (
                      <span className="rounded bg-emerald-100 px-1.5 text-emerald-800">{t("attached")}</span>
                    ) : null}
                    <TicketActionForm
                      action={attachRequest}
                      hidden={{ ticketId: r.id, teamId: r.patrolTeamId === team.id ? "" : team.id }}
                      submitLabel={r.patrolTeamId === team.id ? t("detach") : t("attach")}
                      tone="secondary"
                    />
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <section aria-labelledby="edit-team-title">
            <h2 id="edit-team-title" className="mb-3 text-base font-semibold text-slate-900">
              {t("editTeam")}
            </h2>
            {/* A new version (after a save) starts the form from what is now stored. */}
            <TeamForm
              key={team.version}
              action={updateTeam}
              options={toTeamFormOptions(options, (zh, en) => localized(locale, zh, en))}
              values={{
                teamId: team.id,
                version: team.version,
                name: team.name,
                stationId: team.stationId,
                leadOfficerId: team.leadOfficerId ?? "",
                guardsPerNight: team.guardsPerNight,
                routeName: team.routeName,
                checkpoints: team.checkpoints,
                memberIds: team.members.map((m) => m.enterpriseId),
                active: team.active,
              }}
              cancelHref="/patrols"
            />
          </section>
        </div>
      ) : null}
    </>
  );
}
