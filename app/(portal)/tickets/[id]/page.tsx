import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { recordHistory } from "@/lib/audit/queries";
import { canSeeTickets } from "@/lib/tickets/policy";
import { getTicketForUser } from "@/lib/tickets/queries";
import { canListHazards } from "@/lib/hazards/policy";
import { clock } from "@/lib/time/clock";
import { RecordHistory } from "@/components/history/record-history";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { Deadline } from "@/components/tickets/deadline";
import { StatusBadge } from "@/components/tickets/status-badge";
import { TicketPageProvider } from "@/components/tickets/ticket-page-state";
import { Timeline } from "@/components/tickets/timeline";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { TicketActions } from "./ticket-actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const ticket = await getTicketForUser(await requirePermission(canSeeTickets), (await params).id);
  return { title: ticket ? `${ticket.number} ${ticket.title}` : undefined };
}

export default async function TicketPage({ params }: Props) {
  const user = await requirePermission(canSeeTickets);
  const ticket = await getTicketForUser(user, (await params).id);
  if (!ticket) notFound();
  const history = await recordHistory(user, "Ticket", ticket.id);
  const [t, tc, tp, locale, format] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("sla.categories"),
    getTranslations("sla.priorities"),
    getLocale(),
    getFormatter(),
  ]);
  const now = clock.now();
  return (
    <TicketPageProvider known={ticket.events.map((e) => e.id)}>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <div>
            <p className="font-mono text-sm text-slate-500">{ticket.number}</p>
            <h1 className="text-2xl font-semibold text-brand-900">{ticket.title}</h1>
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={ticket.status} />
              <span>{tc(ticket.category)}</span>
              <span>· {tp(ticket.priority)}</span>
              {ticket.escalatedAt ? (
                <span className="rounded bg-rose-100 px-1.5 text-rose-800">{t("escalated")}</span>
              ) : null}
            </div>
          </div>
          <Section title={t("fields.description")} id="description">
            <p className="whitespace-pre-wrap text-sm">{ticket.description}</p>
            {ticket.location ? (
              <p className="mt-2 text-sm text-slate-600">{t("locationLine", { location: ticket.location })}</p>
            ) : null}
            {ticket.resolutionText ? (
              <p className="mt-3 rounded bg-emerald-50 p-2 text-sm">
                <span className="font-medium">{t("fields.resolution")}</span> {ticket.resolutionText}
              </p>
            ) : null}
            {ticket.rejectReason ? (
              <p className="mt-3 rounded bg-slate-100 p-2 text-sm">
                {t("fields.rejectReason")} {ticket.rejectReason}
              </p>
            ) : null}
            {ticket.attachments.length ? (
              <div className="mt-3">
                <AttachmentList attachments={ticket.attachments} />
              </div>
            ) : null}
          </Section>
          <Section title={t("timeline")} id="timeline">
            <Timeline events={ticket.events} />
          </Section>
          <RecordHistory rows={history.rows} more={history.more} />
        </div>
        <aside className="space-y-4">
          <Section title={t("details")} id="details">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-500">{t("fields.enterprise")}</dt>
              <dd>{localized(locale, ticket.enterprise.name, ticket.enterprise.nameEn)}</dd>
              <dt className="text-slate-500">{t("fields.assignee")}</dt>
              <dd data-testid="assignee">
                {ticket.assignee ? localized(locale, ticket.assignee.name, ticket.assignee.nameEn) : t("unassigned")}
              </dd>
              <dt className="text-slate-500">{t("fields.deadline")}</dt>
              <dd>
                <Deadline dueAt={ticket.dueAt} now={now} />
              </dd>
              <dt className="text-slate-500">{t("fields.createdAt")}</dt>
              <dd>
                {format.dateTime(ticket.createdAt, {
                  year: "numeric",
                  month: "numeric",
                  day: "numeric",
                  hour: "2-digit",
                  minute: "2-digit",
                })}
              </dd>
              {ticket.rating ? (
                <>
                  <dt className="text-slate-500">{t("fields.rating")}</dt>
                  <dd>{t("ratingValue", { n: ticket.rating })}</dd>
                </>
              ) : null}
              {ticket.helpRequests.length ? (
                <>
                  <dt className="text-slate-500">{t("fields.helping")}</dt>
                  <dd>
                    {format.list(
                      ticket.helpRequests.map((h) => localized(locale, h.department.name, h.department.nameEn)),
                    )}
                  </dd>
                </>
              ) : null}
            </dl>
          </Section>
          <TicketActions user={user} ticket={ticket} now={now} />
          {canListHazards(user) ? (
            <p className="text-sm">
              <Link href={`/hazards/new?ticket=${ticket.id}`} className="text-brand-600 hover:underline">
                {t("listHazard")}
              </Link>
            </p>
          ) : null}
        </aside>
      </div>
    </TicketPageProvider>
  );
}
