import type { ChangeData, LiveMessage } from "./message.ts";

/** One open event stream: whose it is, what it follows, how to tell it. */
export type Follower = {
  userId: string;
  /** May hear of police-only changes (internal notes). */
  seesInternal: boolean;
  /** Topics checked against the user's scope when the stream opened. */
  topics: ReadonlySet<string>;
  tell: (event: "change" | "resync", data?: ChangeData) => void;
  /** Ends the stream (its browser reconnects, to another server when this one is stopping). */
  end: () => void;
};

/** Who of these followers hears of a message: the users it names, or those following its topic. */
export function followersOf(followers: Iterable<Follower>, message: LiveMessage): Follower[] {
  const told: Follower[] = [];
  if ("users" in message) {
    const users = new Set(message.users);
    for (const follower of followers) if (users.has(follower.userId)) told.push(follower);
    return told;
  }
  for (const follower of followers) {
    if (!follower.topics.has(message.topic)) continue;
    if (message.visibility === "INTERNAL" && !follower.seesInternal) continue;
    told.push(follower);
  }
  return told;
}
