import { z } from "zod";

/**
 * What travels on the live channel: the users whose own things changed (a notification for them), or
 * a topic that changed (`ticket:<id>`) with whether the change is public or police-only and the event
 * written. Ids only, no content: each server decides whom of its followers to tell, and they reload
 * what they may see unless they show that event already.
 */
export const liveMessageSchema = z.union([
  z.object({ users: z.array(z.string()).min(1) }),
  z.object({
    topic: z.string().min(1),
    visibility: z.enum(["PUBLIC", "INTERNAL"]).default("PUBLIC"),
    event: z.string().min(1).optional(),
  }),
]);
export type LiveMessage = z.infer<typeof liveMessageSchema>;

export function parseLiveMessage(payload: string): LiveMessage | null {
  try {
    const parsed = liveMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** pg_notify takes at most 8000 bytes: a long list of users goes out in several messages. */
export const USERS_PER_MESSAGE = 150;

export function usersMessages(userIds: readonly string[]): string[] {
  const payloads: string[] = [];
  for (let i = 0; i < userIds.length; i += USERS_PER_MESSAGE) {
    payloads.push(JSON.stringify({ users: userIds.slice(i, i + USERS_PER_MESSAGE) }));
  }
  return payloads;
}

/** The topic of one ticket's page; its followers are told of every change they may see. */
export const ticketTopic = (ticketId: string) => `ticket:${ticketId}`;

const TOPIC = /^ticket:([a-z0-9]{8,40})$/;

/** The ticket a requested topic names, or null for anything else. */
export function ticketOfTopic(topic: string): string | null {
  return TOPIC.exec(topic)?.[1] ?? null;
}

/** What a `change` event of the stream says: the ticket event written, when the change was one. */
export type ChangeData = { event?: string };

export function changeDataOf(message: LiveMessage): ChangeData {
  return "topic" in message && message.event ? { event: message.event } : {};
}
