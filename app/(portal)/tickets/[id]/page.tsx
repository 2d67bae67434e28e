import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { pageHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/current-user";
import type { SearchParams } from "@/lib/forms/url-filters";
import { canSeeTickets } from "@/lib/tickets/policy";
import { getTicketForUser } from "@/lib/tickets/queries";
import { clock } from "@/lib/time/clock";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { RecordHistory } from "@/components/history/record-history";
import { StepHistory, TicketPageProvider, TicketPart } from "@/components/tickets/ticket-page-state";
import { Timeline } from "@/components/tickets/timeline";
import { Section } from "@/components/ui/section";
import { ticketParts } from "./ticket-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  const ticket = await getTicketForUser(await requirePermission(canSeeTickets), (await params).id);
  return { title: ticket ? `${ticket.number} ${ticket.title}` : undefined };
}

export default async function TicketPage({ params, searchParams }: Props) {
  const user = await requirePermission(canSeeTickets);
  const ticket = await getTicketForUser(user, (await params).id);
  if (!ticket) notFound();
  const [t, history] = await Promise.all([
    getTranslations("tickets"),
    pageHistory(user, "Ticket", ticket.id, await searchParams, `/tickets/${ticket.id}`),
  ]);
  const parts = ticketParts(user, ticket, clock.now());
  return (
    <TicketPageProvider
      known={ticket.events.map((e) => e.id)}
      knownHistory={history.rows.map((row) => row.id)}
      version={ticket.version}
    >
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <TicketPart name="heading">{parts.heading}</TicketPart>
          <Section title={t("fields.description")} id="description">
            <p className="whitespace-pre-wrap text-sm">{ticket.description}</p>
            {ticket.location ? (
              <p className="mt-2 text-sm text-slate-600">{t("locationLine", { location: ticket.location })}</p>
            ) : null}
            <TicketPart name="outcome">{parts.outcome}</TicketPart>
            {ticket.attachments.length ? (
              <div className="mt-3">
                <AttachmentList attachments={ticket.attachments} />
              </div>
            ) : null}
          </Section>
          <Section title={t("timeline")} id="timeline">
            <Timeline events={ticket.events} />
          </Section>
          <RecordHistory {...history} lead={<StepHistory />} />
        </div>
        <aside className="space-y-4">
          <TicketPart name="details">{parts.details}</TicketPart>
          <TicketPart name="actions">{parts.actions}</TicketPart>
          <TicketPart name="routing">{parts.routing}</TicketPart>
          <TicketPart name="followUp">{parts.followUp}</TicketPart>
        </aside>
      </div>
    </TicketPageProvider>
  );
}
