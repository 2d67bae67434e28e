import { getDb } from "../../db/index.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { ActionError } from "../../auth/errors.ts";
import { assertAllowed } from "../../auth/question.ts";
import { recordAudit } from "../../audit/record.ts";
import { notify } from "../../notifications/notify.ts";
import { canDiscuss } from "../machine.ts";
import { canCommentOnTickets, canWorkTickets, speaksForEnterprise } from "../policy.ts";
import { liaisonsOf } from "../../notifications/recipients.ts";
import { readTicketInScope, ticketLink } from "./lock.ts";

/**
 * A public comment (seen by the enterprise) or an internal note (police only). Appending to the
 * timeline changes nothing anyone else wrote, so no version check is needed.
 */
export async function addComment(user: SessionUser, input: { ticketId: string; body: string }, internal = false) {
  assertAllowed(user, internal ? canWorkTickets : canCommentOnTickets);
  return getDb().$transaction(async (tx) => {
    const ticket = await readTicketInScope(tx, user, input.ticketId);
    if (!canDiscuss(ticket.status)) throw new ActionError("tickets.errors.closedForComments");
    const event = await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        actorId: user.id,
        kind: internal ? "INTERNAL_NOTE" : "COMMENT",
        visibility: internal ? "INTERNAL" : "PUBLIC",
        body: input.body,
      },
      select: {
        id: true,
        kind: true,
        visibility: true,
        body: true,
        createdAt: true,
        actor: { select: { name: true, nameEn: true } },
      },
    });
    await recordAudit(tx, user, {
      action: internal ? "ticket.note" : "ticket.comment",
      entity: "Ticket",
      entityId: ticket.id,
      after: { eventId: event.id },
    });
    if (!internal) {
      // The enterprise hears of police comments; the assigned officer of the enterprise's.
      const recipients = speaksForEnterprise(user) ? [ticket.assigneeId] : await liaisonsOf(tx, ticket.enterpriseId);
      await notify(tx, recipients, {
        kind: "ticketComment",
        params: { number: ticket.number },
        link: ticketLink(ticket.id),
        actorId: user.id,
      });
    }
    // The new entry itself, so that the page can show it without rendering the ticket again.
    return { id: ticket.id, eventId: event.id, event };
  });
}
