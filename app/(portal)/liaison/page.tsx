import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { getEnterpriseForUser } from "@/lib/enterprises/queries";
import { listHazards } from "@/lib/hazards/queries";
import { parseTicketFilters } from "@/lib/tickets/filters";
import { listTicketsForUser } from "@/lib/tickets/list";
import { OPEN_STATUSES } from "@/lib/tickets/machine";
import { requireScopeId } from "@/lib/scope/require-id";
import { OfficerCard } from "@/components/shell/officer-card";
import { HazardTable } from "@/components/hazards/hazard-table";
import { TicketTable } from "@/components/tickets/ticket-table";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { localized } from "@/components/ui/localized";

/** How many hazards to rectify the desk lists before linking on. */
const HAZARDS_SHOWN = 8;

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("liaisonTitle") };
}

// Residency requests, the next appointment and the enterprise's patrol duty nights join this desk
// once those capabilities land.
export default async function LiaisonHome() {
  const user = await requireRole("LIAISON");
  const now = new Date();
  const enterpriseId = requireScopeId(user.enterpriseId, "enterprise");
  const [enterprise, t, locale, tickets, hazards] = await Promise.all([
    getEnterpriseForUser(user, enterpriseId),
    getTranslations(),
    getLocale(),
    listTicketsForUser(user, parseTicketFilters({ status: "open" }), now),
    listHazards(user, { open: true, pageSize: HAZARDS_SHOWN, now }),
  ]);
  return (
    <>
      <PageTitle subtitle={localized(locale, enterprise.workstation.name, enterprise.workstation.nameEn)}>
        {localized(locale, enterprise.name, enterprise.nameEn)}
      </PageTitle>
      <div className="mb-4 flex flex-wrap gap-3">
        <Link href="/tickets/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("tickets.new")}</Link>
        <Link href="/tickets" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50">{t("home.myTickets")}</Link>
      </div>

      <section aria-labelledby="states-title" className="mb-6">
        <h2 id="states-title" className="mb-2 text-base font-semibold text-slate-900">{t("home.ticketStates")}</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <Stat label={t("home.openTickets")} value={tickets.counts.open} testId="liaison-open" />
          {OPEN_STATUSES.map((s) => (
            <Stat key={s} label={t(`tickets.statuses.${s}`)} value={tickets.counts[s] ?? 0} />
          ))}
        </dl>
      </section>

      <div className="mb-6 space-y-4">
        <Section title={t("home.openTicketsOf")} id="open-tickets">
          <TicketTable rows={tickets.rows} now={now} />
          {tickets.total > tickets.rows.length ? (
            <Link href="/tickets?status=open" className="mt-2 inline-block text-sm text-brand-600 underline">{t("home.viewAll")}</Link>
          ) : null}
        </Section>
        <Section title={t("home.hazardsToRectify")} id="rectify">
          {hazards.rows.length ? <HazardTable rows={hazards.rows} now={now} showEnterprise={false} /> : <EmptyState>{t("home.rectifyNone")}</EmptyState>}
          {hazards.total > hazards.rows.length ? (
            <Link href={`/hazards?enterprise=${enterprise.id}`} className="mt-2 inline-block text-sm text-brand-600 underline">{t("home.viewAll")}</Link>
          ) : null}
        </Section>
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
