import "server-only";
import { redirect } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session-user";
import { findTicketForUser } from "@/lib/tickets/queries";
import { clock } from "@/lib/time/clock";
import type { StepAnswer } from "@/components/tickets/ticket-page-state";
import { timelineEntries } from "@/components/tickets/timeline";
import { ticketParts } from "./[id]/ticket-view";

/** Timeline entries a step answers with: its own (one or two) and any written just before by others. */
const LATEST_ENTRIES = 5;

/**
 * What a ticket's step answers: the parts of the page it changed, rendered by the same components as
 * the page, and the latest timeline entries; read after the step committed, in the user's scope.
 */
export async function ticketStepAnswer(user: SessionUser, ticketId: string): Promise<StepAnswer> {
  const ticket = await findTicketForUser(user, ticketId);
  // Passed on and out of this user's sight (a transfer to another station's officer): back to the list.
  if (!ticket) redirect("/tickets");
  const [parts, entries] = await Promise.all([
    ticketParts(user, ticket, clock.now()),
    timelineEntries(ticket.events.slice(-LATEST_ENTRIES)),
  ]);
  return { version: ticket.version, parts, entries };
}
