import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canListHazards } from "@/lib/hazards/policy";
import type { getTicketForUser } from "@/lib/tickets/queries";
import { Deadline } from "@/components/tickets/deadline";
import { StatusBadge } from "@/components/tickets/status-badge";
import type { TicketPartName } from "@/components/tickets/ticket-page-state";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { TicketActions, TicketEscalation, TicketRouting } from "./ticket-actions";

export type Ticket = NonNullable<Awaited<ReturnType<typeof getTicketForUser>>>;

/** Number, title and the status line. */
async function TicketHeading({ ticket }: { ticket: Ticket }) {
  const [t, tc, tp] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("sla.categories"),
    getTranslations("sla.priorities"),
  ]);
  return (
    <div>
      <p className="font-mono text-sm text-slate-500">{ticket.number}</p>
      <h1 className="text-2xl font-semibold text-brand-900">{ticket.title}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={ticket.status} />
        <span>{tc(ticket.category)}</span>
        <span>· {tp(ticket.priority)}</span>
        {ticket.escalatedAt ? <span className="rounded bg-rose-100 px-1.5 text-rose-800">{t("escalated")}</span> : null}
      </div>
    </div>
  );
}

/** How it was resolved, or why it was turned down. */
async function TicketOutcome({ ticket }: { ticket: Ticket }) {
  const t = await getTranslations("tickets");
  return (
    <>
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
    </>
  );
}

async function TicketDetails({ ticket, now }: { ticket: Ticket; now: Date }) {
  const [t, locale, format] = await Promise.all([getTranslations("tickets"), getLocale(), getFormatter()]);
  return (
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
              {format.list(ticket.helpRequests.map((h) => localized(locale, h.department.name, h.department.nameEn)))}
            </dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
}

/** Escalation, and listing a hazard the ticket brought to light. */
async function TicketFollowUp({ user, ticket, now }: { user: SessionUser; ticket: Ticket; now: Date }) {
  const t = await getTranslations("tickets");
  return (
    <>
      <TicketEscalation user={user} ticket={ticket} now={now} />
      {canListHazards(user) ? (
        <p className="text-sm">
          <Link href={`/hazards/new?ticket=${ticket.id}`} className="text-brand-600 hover:underline">
            {t("listHazard")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

/**
 * The parts of the ticket's page that its steps change, as the page renders them and as a step's
 * answer carries them (app/(portal)/tickets/step-answer.tsx): one rendering for both. Without
 * `routing`, the routing part is left out: the answer of a step that keeps the ticket open and its
 * assignee as they were, whose page shows that part as it was.
 */
export function ticketParts(
  user: SessionUser,
  ticket: Ticket,
  now: Date,
  { routing = true }: { routing?: boolean } = {},
): Partial<Record<TicketPartName, React.ReactNode>> {
  return {
    heading: <TicketHeading ticket={ticket} />,
    outcome: <TicketOutcome ticket={ticket} />,
    details: <TicketDetails ticket={ticket} now={now} />,
    actions: <TicketActions user={user} ticket={ticket} />,
    ...(routing ? { routing: <TicketRouting user={user} ticket={ticket} /> } : {}),
    followUp: <TicketFollowUp user={user} ticket={ticket} now={now} />,
  };
}
