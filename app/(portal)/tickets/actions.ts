"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import type { ActionDefinition } from "@/lib/auth/action-core";
import { ticketActions } from "@/lib/tickets/actions-def";

/** Every ticket change refreshes the ticket pages, also on failure: a conflict must show the new state. */
function withRefresh<S extends z.ZodType, T>(def: ActionDefinition<S, T>) {
  return defineAction({
    ...def,
    run: async (user, input) => {
      try {
        return await def.run(user, input);
      } finally {
        revalidatePath("/tickets", "layout");
      }
    },
  });
}

export const fileTicket = defineAction({
  ...ticketActions.create,
  run: async (user, input) => {
    const { id } = await ticketActions.create.run(user, input);
    revalidatePath("/tickets", "layout");
    redirect(`/tickets/${id}`);
  },
});

export const acceptTicket = withRefresh(ticketActions.accept);
export const startTicket = withRefresh(ticketActions.start);
export const resolveTicket = withRefresh(ticketActions.resolve);
export const rejectTicket = withRefresh(ticketActions.reject);
export const withdrawTicket = withRefresh(ticketActions.withdraw);
export const confirmTicket = withRefresh(ticketActions.confirm);
export const reopenTicket = withRefresh(ticketActions.reopen);
export const escalateTicket = withRefresh(ticketActions.escalate);
export const commentOnTicket = withRefresh(ticketActions.comment);
export const noteOnTicket = withRefresh(ticketActions.note);
export const requestTicketHelp = withRefresh(ticketActions.requestHelp);
export const transferTicket = withRefresh(ticketActions.transfer);
