import "server-only";
import { redirect } from "next/navigation";
import { recordHistory } from "@/lib/audit/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import { findTicketForUser } from "@/lib/tickets/queries";
import { clock } from "@/lib/time/clock";
import { historyEntries } from "@/components/history/record-history";
import type { StepAnswer } from "@/components/tickets/ticket-page-state";
import { timelineEntries } from "@/components/tickets/timeline";
import { ticketParts } from "./[id]/ticket-view";

/**
 * Timeline and history entries a step answers with: its own (one or two) and any written just before
 * by others. Earlier ones the page shows already.
 */
const LATEST_ENTRIES = 5;

/**
 * What a ticket's step answers: the parts of the page it changed, rendered by the same components as
 * the page, and the latest timeline and history entries; read after the step committed, in the
 * user's scope. Without `routing` the routing part (help, transfer: the county's departments and
 * officers) is left out, for a step that cannot change it.
 */
export async function ticketStepAnswer(
  user: SessionUser,
  ticketId: string,
  { routing = true }: { routing?: boolean } = {},
): Promise<StepAnswer> {
  const ticket = await findTicketForUser(user, ticketId);
  // Passed on and out of this user's sight (a transfer to another station's officer): back to the list.
  if (!ticket) redirect("/tickets");
  const [entries, history] = await Promise.all([
    timelineEntries(ticket.events.slice(-LATEST_ENTRIES)),
    recordHistory(user, "Ticket", ticket.id, LATEST_ENTRIES).then((found) => historyEntries(found.rows)),
  ]);
  return { version: ticket.version, parts: ticketParts(user, ticket, clock.now(), { routing }), entries, history };
}
