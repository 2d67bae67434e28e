import "server-only";
import { listenLive, type LiveListener } from "../db/live-channel.ts";
import { logger } from "../log/logger.ts";
import { followersOf, type Follower } from "./followers.ts";
import { changeDataOf, parseLiveMessage } from "./message.ts";

type Hub = { followers: Set<Follower>; listener?: Promise<LiveListener | undefined> };

// One per process (kept on globalThis, as Next may load this module in more than one bundle).
const hub: Hub = ((globalThis as unknown as { __jqtLive?: Hub }).__jqtLive ??= { followers: new Set() });

function deliver(payload: string) {
  const message = parseLiveMessage(payload);
  if (!message) return logger.warn("live message not understood");
  const data = changeDataOf(message);
  for (const follower of followersOf(hub.followers, message)) follower.tell("change", data);
}

/** Starts telling the follower; the returned function stops. The first follower starts the listener. */
export function follow(follower: Follower): () => void {
  hub.followers.add(follower);
  hub.listener ??= listenLive({
    message: deliver,
    resync: () => {
      logger.info("live channel back after a lost connection");
      for (const each of hub.followers) each.tell("resync");
    },
    error: (error) => logger.warn({ err: error }, "live channel not reachable; retrying"),
  }).catch((error: unknown) => {
    // Never an unhandled rejection, which would end the process: the next stream to open tries again.
    logger.error({ err: error }, "live channel could not be listened on");
    hub.listener = undefined;
    return undefined;
  });
  return () => void hub.followers.delete(follower);
}

/** Ends every open stream (their browsers reconnect, to another server) and stops listening. */
export async function closeLiveStreams(): Promise<void> {
  for (const follower of hub.followers) follower.end();
  hub.followers.clear();
  const listener = hub.listener;
  hub.listener = undefined;
  await (await listener?.catch(() => undefined))?.close();
}
