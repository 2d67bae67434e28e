import { Link } from "@/components/ui/link";
import { CalendarDays, Plus } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NAME_LIST } from "@/lib/i18n/list-style";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { addDays, fromDbDate, todayInChina } from "@/lib/patrols/dates";
import { canFollowOwnDutyNights, canManagePatrols, canSeePatrols } from "@/lib/patrols/policy";
import { liaisonDutyNights, liaisonTeam, listTeams, shiftsAwaitingLog, tonightsShifts } from "@/lib/patrols/queries";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { TicketActionForm } from "@/components/tickets/action-form";
import { NightDate } from "@/components/patrols/night-date";
import { setUnavailability } from "./actions";
import { UnavailabilityForm } from "./unavailability-form";

export async function generateMetadata() {
  return { title: (await getTranslations("patrols"))("title") };
}

export default async function PatrolsPage() {
  const user = await requirePermission(canSeePatrols);
  return canFollowOwnDutyNights(user) ? <LiaisonPatrols user={user} /> : <PolicePatrols user={user} />;
}

async function PolicePatrols({ user }: { user: SessionUser }) {
  const [t, locale, teams, tonight, awaiting] = await Promise.all([
    getTranslations("patrols"),
    getLocale(),
    listTeams(user),
    tonightsShifts(user),
    shiftsAwaitingLog(user),
  ]);
  const format = await getFormatter();
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  const teamColumns: Column<(typeof teams)[number]>[] = [
    {
      key: "team",
      header: t("columns.team"),
      rowHeader: true,
      cell: (team) => (
        <Link href={`/patrols/teams/${team.id}`} className="font-medium text-brand-700 hover:underline">
          {team.name}
        </Link>
      ),
    },
    { key: "station", header: t("columns.station"), cell: (team) => name(team.station) },
    { key: "leader", header: t("columns.leader"), cell: (team) => name(team.leadOfficer) },
    { key: "members", header: t("columns.members"), className: "tabular-nums", cell: (team) => team._count.members },
    { key: "status", header: t("columns.status"), cell: (team) => (team.active ? t("active") : t("inactive")) },
  ];
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <div className="space-y-6">
        {tonight.length ? (
          <Section title={t("tonight")} id="tonight">
            <ul className="space-y-2">
              {tonight.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-3 text-sm">
                  <Link href={`/patrols/shifts/${s.id}`} className="font-medium text-brand-700 hover:underline">
                    {s.team.name}
                  </Link>
                  <span>
                    {format.list(
                      s.enterprises.map((e) => name(e.enterprise)),
                      NAME_LIST,
                    )}
                  </span>
                  {s.log ? (
                    <span className="rounded bg-emerald-100 px-1.5 text-emerald-800">{t("shiftStatuses.DONE")}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        <Section title={t("awaitingLog")} id="awaiting">
          {awaiting.length === 0 ? (
            <EmptyState>{t("noAwaiting")}</EmptyState>
          ) : (
            <ul className="space-y-1 text-sm">
              {awaiting.map((s) => (
                <li key={s.id} className="flex flex-wrap gap-3">
                  <NightDate date={fromDbDate(s.date)} locale={locale} />
                  <span>{s.team.name}</span>
                  <Link href={`/patrols/shifts/${s.id}`} className="text-brand-700 hover:underline">
                    {t("logNow")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t("teams")} id="teams">
          {canManagePatrols(user) ? (
            <div className="mb-3 flex flex-wrap items-center gap-3">
              <ButtonLink href="/patrols/teams/new" size="sm" icon={Plus}>
                {t("newTeam")}
              </ButtonLink>
              <ButtonLink href="/patrols/holidays" size="sm" variant="secondary" icon={CalendarDays}>
                {t("holidays.link")}
              </ButtonLink>
            </div>
          ) : null}
          <DataTable
            caption={t("teamsCaption")}
            columns={teamColumns}
            rows={teams}
            rowKey={(team) => team.id}
            empty={t("noTeams")}
          />
        </Section>
      </div>
    </>
  );
}

async function LiaisonPatrols({ user }: { user: SessionUser }) {
  const enterpriseId = user.enterpriseId!;
  const today = todayInChina();
  const [t, locale, nights, membership] = await Promise.all([
    getTranslations("patrols"),
    getLocale(),
    liaisonDutyNights(user),
    liaisonTeam(user),
  ]);
  const format = await getFormatter();
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  const nightColumns: Column<(typeof nights)[number]>[] = [
    {
      key: "date",
      header: t("columns.date"),
      rowHeader: true,
      cell: (n) => <NightDate date={fromDbDate(n.date)} locale={locale} />,
    },
    {
      key: "onDuty",
      header: t("columns.onDuty"),
      cell: (n) =>
        format.list(
          n.enterprises.map((e) => name(e.enterprise)),
          NAME_LIST,
        ),
    },
    {
      key: "leader",
      header: t("columns.leader"),
      cell: (n) => `${name(n.leadOfficer)}${n.leadOfficer?.phone ? ` ${n.leadOfficer.phone}` : ""}`,
    },
  ];
  return (
    <>
      <PageTitle subtitle={t("liaisonSubtitle")}>{t("title")}</PageTitle>
      {!membership ? (
        <EmptyState>{t("notInTeam")}</EmptyState>
      ) : (
        <div className="space-y-6">
          <Section title={t("myNights")} id="my-nights">
            <p className="mb-2 text-sm text-slate-600">{membership.team.name}</p>
            <DataTable
              caption={t("myNightsCaption")}
              columns={nightColumns}
              rows={nights}
              rowKey={(n) => n.id}
              empty={t("noNights")}
              testId="duty-nights"
            />
          </Section>
          <Section title={t("unavailableTitle")} id="unavailable">
            <p className="mb-3 text-sm text-slate-600">{t("unavailableHint")}</p>
            {membership.blackouts.length ? (
              <ul className="mb-3 space-y-1 text-sm">
                {membership.blackouts.map((date) => (
                  <li key={date} className="flex items-center gap-3">
                    <NightDate date={date} locale={locale} />
                    <TicketActionForm
                      action={setUnavailability}
                      hidden={{ enterpriseId, date, unavailable: "false" }}
                      submitLabel={t("clearUnavailable")}
                      tone="secondary"
                    />
                  </li>
                ))}
              </ul>
            ) : null}
            <UnavailabilityForm enterpriseId={enterpriseId} min={addDays(today, 1)} />
          </Section>
        </div>
      )}
    </>
  );
}
