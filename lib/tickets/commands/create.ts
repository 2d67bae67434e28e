import { getDb } from "../../db/index.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { ActionError } from "../../auth/errors.ts";
import { assertAllowed } from "../../auth/question.ts";
import { requireScopeId } from "../../scope/require-id.ts";
import { recordAudit } from "../../audit/record.ts";
import { notify } from "../../notifications/notify.ts";
import { slaRuleFor } from "../../sla/queries.ts";
import { attachmentRows, discardUploads, prepareUploads } from "../../attachments/store.ts";
import { currentDueAt, deadlinesFor } from "../../sla/deadlines.ts";
import { nextYearlyNumber } from "../../counters/yearly-number.ts";
import { chiefsOf } from "../../notifications/recipients.ts";
import { canFileTickets } from "../policy.ts";
import type { CreateTicketInput } from "../schemas.ts";
import { ticketLink } from "./lock.ts";
import { clock } from "../../time/clock.ts";

/**
 * A liaison files a ticket for their own enterprise. It is routed to the enterprise's current
 * responsible officer with deadlines from the bureau's SLA table; files are stored first and
 * removed again if the ticket cannot be written, so nothing is left half-saved.
 */
export async function createTicket(user: SessionUser, input: CreateTicketInput, files: File[] = []) {
  assertAllowed(user, canFileTickets);
  const enterpriseId = requireScopeId(user.enterpriseId, "enterprise");
  const prepared = await prepareUploads(files);
  try {
    return await getDb().$transaction(async (tx) => {
      const enterprise = await tx.enterprise.findFirst({
        where: { id: enterpriseId, bureauId: user.bureauId, active: true },
        select: { id: true, responsibleOfficerId: true },
      });
      if (!enterprise) throw new ActionError("tickets.errors.enterpriseInactive");
      const now = clock.now();
      const rule = await slaRuleFor(tx, user.bureauId, input.category, input.priority);
      const deadlines = deadlinesFor(now, rule);
      const number = await nextYearlyNumber(tx, user.bureauId, "ticket", now);
      const ticket = await tx.ticket.create({
        data: {
          bureauId: user.bureauId,
          number,
          enterpriseId,
          category: input.category,
          priority: input.priority,
          title: input.title,
          description: input.description,
          location: input.location,
          status: "SUBMITTED",
          assigneeId: enterprise.responsibleOfficerId,
          createdById: user.id,
          ...deadlines,
          dueAt: currentDueAt("SUBMITTED", deadlines),
          createdAt: now,
          events: { create: { actorId: user.id, kind: "CREATED", toStatus: "SUBMITTED", createdAt: now } },
        },
      });
      if (prepared.length) {
        await tx.attachment.createMany({
          data: attachmentRows(prepared, { bureauId: user.bureauId, uploadedById: user.id, ticketId: ticket.id }),
        });
      }
      await recordAudit(tx, user, {
        action: "ticket.create",
        entity: "Ticket",
        entityId: ticket.id,
        after: {
          number,
          status: "SUBMITTED",
          category: input.category,
          priority: input.priority,
          assigneeId: ticket.assigneeId,
          attachments: prepared.length,
        },
      });
      // An uncovered enterprise has no officer to route to: the chiefs must assign one.
      const recipients = ticket.assigneeId ? [ticket.assigneeId] : await chiefsOf(tx, user.bureauId);
      await notify(tx, recipients, {
        kind: "ticketNew",
        params: { number, title: input.title },
        link: ticketLink(ticket.id),
        actorId: user.id,
      });
      return { id: ticket.id, number };
    });
  } catch (error) {
    await discardUploads(prepared);
    throw error;
  }
}
