import type { Prisma, Ticket } from "../../db/generated/client.ts";
import type { TicketStatus } from "../../db/generated/enums.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { NotFoundError } from "../../auth/errors.ts";
import { updateIfUnchanged } from "../../concurrency/update-if-unchanged.ts";
import { ticketScope } from "../policy.ts";

export type Tx = Prisma.TransactionClient;

/** Reads a ticket through the user's scope; anything else is "not found", never "forbidden". */
export async function readTicketInScope(tx: Tx, user: SessionUser, ticketId: string): Promise<Ticket> {
  const ticket = await tx.ticket.findFirst({ where: { AND: [{ id: ticketId }, ticketScope(user)] } });
  if (!ticket) throw new NotFoundError();
  return ticket;
}

/** Writes a change only if the ticket is still at the version and status the user saw. */
export function updateTicketIfUnchanged(
  tx: Tx,
  ticket: Pick<Ticket, "id">,
  seen: { version: number; status: TicketStatus },
  data: Prisma.TicketUpdateManyMutationInput & { assigneeId?: string | null },
): Promise<number> {
  return updateIfUnchanged(tx.ticket, { id: ticket.id, version: seen.version, status: seen.status }, data);
}

export function ticketLink(ticketId: string): string {
  return `/tickets/${ticketId}`;
}
