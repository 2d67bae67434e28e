import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ticketScope } from "../tickets/policy.ts";
import { ticketOfTopic, ticketTopic } from "./message.ts";

/** A page follows one or two things; more is not a page's request. */
const MOST_TOPICS = 5;

/**
 * The requested topics the user may follow: tickets in their scope. Anything else is left out
 * without saying why, so that a refused id tells nothing about whether it exists.
 */
export async function topicsUserMayFollow(user: SessionUser, requested: readonly string[]): Promise<string[]> {
  const ticketIds = [...new Set(requested.slice(0, MOST_TOPICS).map(ticketOfTopic))].filter(
    (id): id is string => id !== null,
  );
  if (ticketIds.length === 0) return [];
  const visible = await getDb().ticket.findMany({
    where: { AND: [{ id: { in: ticketIds } }, ticketScope(user)] },
    select: { id: true },
  });
  return visible.map((ticket) => ticketTopic(ticket.id));
}
