import { Link } from "@/components/ui/link";
import { ViewAllLink } from "@/components/ui/view-all-link";
import { Plus } from "lucide-react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canUseLiaisonDesk } from "@/lib/dashboard/policy";
import { liaisonDesk } from "@/lib/dashboard/desks";
import { getEnterpriseForUser } from "@/lib/enterprises/queries";
import { listHazards } from "@/lib/hazards/queries";
import { listReceivedAdvisories } from "@/lib/advisories/queries";
import { parseTicketFilters } from "@/lib/tickets/filters";
import { listTicketsForUser } from "@/lib/tickets/list";
import { OPEN_STATUSES } from "@/lib/tickets/machine";
import { requireScopeId } from "@/lib/scope/require-id";
import { OfficerCard } from "@/components/shell/officer-card";
import { NightDate } from "@/components/patrols/night-date";
import { chinaDateTime, chinaTime } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { HazardTable } from "@/components/hazards/hazard-table";
import { ReceivedList } from "@/components/advisories/received-list";
import { TicketTable } from "@/components/tickets/ticket-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { localized } from "@/components/ui/localized";

/** How many hazards to rectify the desk lists before linking on. */
const HAZARDS_SHOWN = 8;
/** How many active advisories the desk lists (urgent unacknowledged first) before linking on. */
const ADVISORIES_SHOWN = 5;

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("liaisonTitle") };
}

export default async function LiaisonHome() {
  const user = await requirePermission(canUseLiaisonDesk);
  const now = clock.now();
  const enterpriseId = requireScopeId(user.enterpriseId, "enterprise");
  const [enterprise, t, locale, tickets, hazards, desk, advisories] = await Promise.all([
    getEnterpriseForUser(user, enterpriseId),
    getTranslations(),
    getLocale(),
    listTicketsForUser(user, parseTicketFilters({ status: "open" }), now),
    listHazards(user, { open: true, pageSize: HAZARDS_SHOWN, now }),
    liaisonDesk(user, now),
    listReceivedAdvisories(user, { active: true, pageSize: ADVISORIES_SHOWN, now }),
  ]);
  if (!enterprise) notFound();
  const appointment = desk.nextAppointment;
  return (
    <>
      <PageTitle subtitle={localized(locale, enterprise.workstation.name, enterprise.workstation.nameEn)}>
        {localized(locale, enterprise.name, enterprise.nameEn)}
      </PageTitle>
      <div className="mb-4 flex flex-wrap gap-3 text-sm">
        <ButtonLink href="/tickets/new" icon={Plus}>
          {t("tickets.new")}
        </ButtonLink>
        <ButtonLink href="/tickets" variant="secondary">
          {t("home.myTickets")}
        </ButtonLink>
      </div>

      <div className="mb-6">
        <Section
          title={
            advisories.unacknowledged
              ? `${t("advisories.homeTitle")} · ${t("advisories.homeUnacknowledged", { count: advisories.unacknowledged })}`
              : t("advisories.homeTitle")
          }
          id="advisories"
        >
          <ReceivedList rows={advisories.rows} empty={t("advisories.homeNone")} />
          <Link href="/advisories" className="mt-2 inline-block text-sm text-brand-600 underline">
            {t("advisories.viewAll")}
          </Link>
        </Section>
      </div>

      <section aria-labelledby="states-title" className="mb-6">
        <h2 id="states-title" className="mb-2 text-base font-semibold text-slate-900">
          {t("home.ticketStates")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <Stat label={t("home.openTickets")} value={tickets.counts.open} testId="liaison-open" />
          {OPEN_STATUSES.map((s) => (
            <Stat key={s} label={t(`tickets.statuses.${s}`)} value={tickets.counts[s] ?? 0} />
          ))}
        </dl>
      </section>

      <div className="mb-6 space-y-4">
        <Section title={t("home.openTicketsOf")} id="open-tickets">
          <TicketTable rows={tickets.rows} now={now} showEnterprise={false} />
          <ViewAllLink href="/tickets?status=open" shown={tickets.rows.length} total={tickets.total}>
            {t("home.viewAll")}
          </ViewAllLink>
        </Section>
        <Section title={t("home.hazardsToRectify")} id="rectify">
          {hazards.rows.length ? (
            <HazardTable rows={hazards.rows} now={now} showEnterprise={false} />
          ) : (
            <EmptyState>{t("home.rectifyNone")}</EmptyState>
          )}
          <ViewAllLink href={`/hazards?enterprise=${enterprise.id}`} shown={hazards.rows.length} total={hazards.total}>
            {t("home.viewAll")}
          </ViewAllLink>
        </Section>
      </div>

      <div className="mb-6 grid gap-4 lg:grid-cols-2">
        <Section title={t("home.residencyRequests")} id="residency">
          {desk.openRequests.length ? (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="residency-open">
              {desk.openRequests.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <Link href={`/residency/${r.id}`} className="font-medium text-brand-600 hover:underline">
                      {r.number}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {r.applicantName} · {t(`residency.kinds.${r.kind}`)}
                    </span>
                  </span>
                  <span className="text-xs text-slate-700">{t(`residency.statuses.${r.status}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("home.residencyNone")}</EmptyState>
          )}
          <p className="mt-2 flex flex-wrap gap-3 text-sm">
            <Link href="/residency/new" className="text-brand-600 underline">
              {t("home.newResidency")}
            </Link>
            <Link href="/residency" className="text-brand-600 underline">
              {t("home.viewAll")}
            </Link>
          </p>
        </Section>
        <div className="space-y-4">
          <Section title={t("home.nextAppointment")} id="appointment">
            {appointment ? (
              <div className="text-sm" data-testid="next-appointment">
                <p className="font-medium tabular-nums">
                  {chinaDateTime(appointment.startsAt)}–{chinaTime(appointment.endsAt)}
                </p>
                <p>
                  {localized(locale, appointment.station.name, appointment.station.nameEn)}
                  {appointment.station.address ? ` · ${appointment.station.address}` : ""}
                </p>
                <Link
                  href={`/residency/${appointment.requestId}`}
                  className="mt-1 inline-block text-brand-600 underline"
                >
                  {t("home.appointmentFor", {
                    number: appointment.number,
                    applicant: appointment.applicantName,
                    kind: t(`residency.kinds.${appointment.kind}`),
                  })}
                </Link>
              </div>
            ) : (
              <EmptyState>{t("home.appointmentNone")}</EmptyState>
            )}
          </Section>
          <Section title={t("home.dutyNights")} id="duty-nights">
            {desk.dutyNights.length ? (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="home-duty-nights">
                {desk.dutyNights.map((n) => (
                  <li key={n.id} className="py-2">
                    <NightDate date={n.date} locale={locale} /> · {n.team.name}
                    {n.leadOfficer ? (
                      <span className="block text-xs text-slate-600">
                        {t("home.dutyLeader", { name: localized(locale, n.leadOfficer.name, n.leadOfficer.nameEn) })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t("home.dutyNone")}</EmptyState>
            )}
            <Link href="/patrols" className="mt-2 inline-block text-sm text-brand-600 underline">
              {t("home.allNights")}
            </Link>
          </Section>
        </div>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Section title={t("enterprise.responsibleOfficer")} id="officer">
          <OfficerCard officer={enterprise.responsibleOfficer} />
        </Section>
        <Section title={t("enterprise.station")} id="station">
          <p className="text-sm">
            {localized(locale, enterprise.workstation.station.name, enterprise.workstation.station.nameEn)} ·{" "}
            {enterprise.workstation.station.phone}
          </p>
          <Link className="mt-2 inline-block text-sm text-brand-600 underline" href={`/enterprises/${enterprise.id}`}>
            {t("enterprise.viewProfile")}
          </Link>
        </Section>
      </div>
    </>
  );
}
