import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { isPastDue } from "@/lib/sla/deadlines";
import { canDiscuss, canEscalate, ticketMachine } from "@/lib/tickets/machine";
import { routingOptions, type getTicketForUser } from "@/lib/tickets/queries";
import {
  canCommentOnTickets,
  canFollowUpTickets,
  canReassignTickets,
  canTakeTicketStep,
  canWorkTickets,
} from "@/lib/tickets/policy";
import { TicketActionForm } from "@/components/tickets/action-form";
import { officerOptions } from "@/components/tickets/officer-options";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import * as actions from "../actions";

type Ticket = NonNullable<Awaited<ReturnType<typeof getTicketForUser>>>;

/** The field that says why: a reopening, a refusal, a transfer, an escalation. */
function reasonField(label: string) {
  return { name: "reason", label, kind: "textarea" as const, required: true, maxLength: 1000 };
}

/**
 * The steps this user may take on this ticket now and its discussion; the server checks every one of
 * them again. Their forms send the version the page knows (TicketActionForm), so the parts a step
 * leaves alone keep working after it.
 */
export async function TicketActions({ user, ticket }: { user: SessionUser; ticket: Ticket }) {
  const t = await getTranslations("tickets");
  const ref = { ticketId: ticket.id, version: ticket.version };
  const transitions = ticketMachine.available(ticket.status, (step) => canTakeTicketStep(user, step));
  const worker = canWorkTickets(user);
  const open = canDiscuss(ticket.status);
  const reason = reasonField(t("fields.reason"));

  return (
    <>
      {transitions.length ? (
        <Section title={t("actions.title")} id="actions">
          <div className="space-y-4">
            {transitions.includes("accept") ? (
              <TicketActionForm
                action={actions.acceptTicket}
                hidden={ref}
                submitLabel={t("actions.accept")}
                testId="accept"
              />
            ) : null}
            {transitions.includes("start") ? (
              <TicketActionForm
                action={actions.startTicket}
                hidden={ref}
                submitLabel={t("actions.start")}
                testId="start"
              />
            ) : null}
            {transitions.includes("resolve") ? (
              <TicketActionForm
                action={actions.resolveTicket}
                hidden={ref}
                fields={[
                  { name: "summary", label: t("fields.summary"), kind: "textarea", required: true, maxLength: 4000 },
                ]}
                submitLabel={t("actions.resolve")}
                testId="resolve"
              />
            ) : null}
            {transitions.includes("confirm") ? (
              <TicketActionForm
                action={actions.confirmTicket}
                hidden={ref}
                fields={[
                  { name: "rating", label: t("fields.rating"), kind: "rating" },
                  { name: "comment", label: t("fields.ratingComment"), kind: "textarea", maxLength: 1000 },
                ]}
                submitLabel={t("actions.confirm")}
                testId="confirm"
              />
            ) : null}
            {transitions.includes("reopen") ? (
              <TicketActionForm
                action={actions.reopenTicket}
                hidden={ref}
                fields={[reason]}
                submitLabel={t("actions.reopen")}
                tone="secondary"
                testId="reopen"
              />
            ) : null}
            {transitions.includes("reject") ? (
              <TicketActionForm
                action={actions.rejectTicket}
                hidden={ref}
                fields={[reason]}
                submitLabel={t("actions.reject")}
                tone="danger"
                testId="reject"
              />
            ) : null}
            {transitions.includes("withdraw") ? (
              <TicketActionForm
                action={actions.withdrawTicket}
                hidden={ref}
                submitLabel={t("actions.withdraw")}
                tone="danger"
                testId="withdraw"
              />
            ) : null}
          </div>
        </Section>
      ) : null}

      {open && canCommentOnTickets(user) ? (
        <Section title={t("actions.discuss")} id="discuss">
          <div className="space-y-4">
            <TicketActionForm
              action={actions.commentOnTicket}
              hidden={{ ticketId: ticket.id }}
              fields={[{ name: "body", label: t("fields.comment"), kind: "textarea", required: true, maxLength: 4000 }]}
              submitLabel={t("actions.comment")}
              tone="secondary"
              testId="comment"
            />
            {worker ? (
              <TicketActionForm
                action={actions.noteOnTicket}
                hidden={{ ticketId: ticket.id }}
                fields={[{ name: "body", label: t("fields.note"), kind: "textarea", required: true, maxLength: 4000 }]}
                submitLabel={t("actions.note")}
                tone="secondary"
                testId="note"
              />
            ) : null}
          </div>
        </Section>
      ) : null}
    </>
  );
}

/**
 * Help from a department and passing the ticket on: the same whatever step is taken, until the ticket
 * is final or passed to someone else, so most steps' answers leave it out (actions.ts).
 */
export async function TicketRouting({ user, ticket }: { user: SessionUser; ticket: Ticket }) {
  if (!canDiscuss(ticket.status) || !canWorkTickets(user)) return null;
  const [t, locale, options] = await Promise.all([getTranslations("tickets"), getLocale(), routingOptions(user)]);
  const ref = { ticketId: ticket.id, version: ticket.version };
  const transferTo = officerOptions(options.officers, locale, ticket.assignee?.id);
  const reason = reasonField(t("fields.reason"));
  return (
    <Section title={t("actions.routing")} id="routing">
      <div className="space-y-4">
        <TicketActionForm
          action={actions.requestTicketHelp}
          hidden={{ ticketId: ticket.id }}
          fields={[
            {
              name: "departmentId",
              label: t("fields.department"),
              kind: "select",
              required: true,
              options: options.departments.map((d) => ({
                value: d.id,
                label: localized(locale, d.name, d.nameEn),
              })),
            },
            { name: "note", label: t("fields.helpNote"), kind: "textarea", maxLength: 1000 },
          ]}
          submitLabel={t("actions.requestHelp")}
          tone="secondary"
          testId="request-help"
        />
        <TicketActionForm
          action={actions.transferTicket}
          hidden={ref}
          fields={[
            {
              name: "officerId",
              label: t("fields.newAssignee"),
              kind: "select",
              required: true,
              options: transferTo.options,
              groups: transferTo.groups,
            },
            reason,
          ]}
          submitLabel={canReassignTickets(user) ? t("actions.reassign") : t("actions.transfer")}
          tone="secondary"
          testId="transfer"
        />
      </div>
    </Section>
  );
}

/** The enterprise's way to the chief when a ticket is overdue or was reopened too often. */
export async function TicketEscalation({ user, ticket, now }: { user: SessionUser; ticket: Ticket; now: Date }) {
  if (!canFollowUpTickets(user) || !canEscalate(ticket, isPastDue(ticket.dueAt, now))) return null;
  const t = await getTranslations("tickets");
  const ref = { ticketId: ticket.id, version: ticket.version };
  const reason = reasonField(t("fields.reason"));
  return (
    <Section title={t("actions.escalateTitle")} id="escalate">
      <p className="mb-2 text-sm text-slate-600">{t("actions.escalateHint")}</p>
      <TicketActionForm
        action={actions.escalateTicket}
        hidden={ref}
        fields={[reason]}
        submitLabel={t("actions.escalate")}
        tone="danger"
        testId="escalate"
      />
    </Section>
  );
}
