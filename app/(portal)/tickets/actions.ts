"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { ticketActions } from "@/lib/tickets/actions-def";

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

export const acceptTicket = defineAction(ticketActions.accept, { refresh: TICKET_PAGES });
export const startTicket = defineAction(ticketActions.start, { refresh: TICKET_PAGES });
export const resolveTicket = defineAction(ticketActions.resolve, { refresh: TICKET_PAGES });
export const rejectTicket = defineAction(ticketActions.reject, { refresh: TICKET_PAGES });
export const withdrawTicket = defineAction(ticketActions.withdraw, { refresh: TICKET_PAGES });
export const confirmTicket = defineAction(ticketActions.confirm, { refresh: TICKET_PAGES });
export const reopenTicket = defineAction(ticketActions.reopen, { refresh: TICKET_PAGES });
export const escalateTicket = defineAction(ticketActions.escalate, { refresh: TICKET_PAGES });
// A comment or note changes no list and no other part of the page: the action answers with the new
// entry, which the page adds to its timeline, instead of the whole page rendered again.
export const commentOnTicket = defineAction(ticketActions.comment);
export const noteOnTicket = defineAction(ticketActions.note);
export const requestTicketHelp = defineAction(ticketActions.requestHelp, { refresh: TICKET_PAGES });
export const transferTicket = defineAction(ticketActions.transfer, { refresh: TICKET_PAGES });
