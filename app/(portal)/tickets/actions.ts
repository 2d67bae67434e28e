"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import type { ActionDefinition } from "@/lib/auth/action-core";
import { logger } from "@/lib/log/logger";
import { ticketActions } from "@/lib/tickets/actions-def";
import type { z } from "zod";
import { ticketStepAnswer } from "./step-answer";

const TICKET_PAGES: Refresh[] = [{ path: "/tickets", type: "layout" }];

export const fileTicket = defineAction(
  {
    ...ticketActions.create,
    run: async (user, input) => {
      const { id } = await ticketActions.create.run(user, input);
      redirect(`/tickets/${id}`);
    },
  },
  { refresh: TICKET_PAGES },
);

/**
 * A step on the ticket's page answers with the parts of the page it changed (step-answer.tsx), not
 * the whole page rendered again; lists are read afresh when next opened.
 */
function step<S extends z.ZodType<{ ticketId: string }>, T>(
  def: ActionDefinition<S, T>,
  { keepsRouting = false }: { keepsRouting?: boolean } = {},
) {
  return defineAction({
    ...def,
    run: async (user, input) => {
      await def.run(user, input);
      try {
        return await ticketStepAnswer(user, input.ticketId, { routing: !keepsRouting });
      } catch (error) {
        unstable_rethrow(error);
        // The step is committed: a page that cannot be given its parts now reloads, rather than
        // telling the user that a step which went through failed.
        logger.warn({ err: error }, "ticket step answered without its page parts");
        return { reload: true } as const;
      }
    },
  });
}

// Steps that leave the ticket open and with its assignee cannot change the routing part: they answer
// without it (and without reading the county's departments and officers for it).
const KEEPS_ROUTING = { keepsRouting: true };

export const acceptTicket = step(ticketActions.accept, KEEPS_ROUTING);
export const startTicket = step(ticketActions.start, KEEPS_ROUTING);
export const resolveTicket = step(ticketActions.resolve, KEEPS_ROUTING);
export const rejectTicket = step(ticketActions.reject);
export const withdrawTicket = step(ticketActions.withdraw);
export const confirmTicket = step(ticketActions.confirm);
export const reopenTicket = step(ticketActions.reopen, KEEPS_ROUTING);
export const escalateTicket = step(ticketActions.escalate, KEEPS_ROUTING);
export const requestTicketHelp = step(ticketActions.requestHelp, KEEPS_ROUTING);
export const transferTicket = step(ticketActions.transfer);
// A comment or note changes no list and no other part of the page: the action answers with the new
// entry, which the page adds to its timeline.
export const commentOnTicket = defineAction(ticketActions.comment);
export const noteOnTicket = defineAction(ticketActions.note);
