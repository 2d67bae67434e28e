import type { Prisma } from "../db/generated/client.ts";
import { LIVE_CHANNEL } from "../db/live-channel.ts";
import { usersMessages } from "./message.ts";

/** Tells the servers, when the caller's transaction commits, that these users have something new. */
export async function announceToUsers(tx: Prisma.TransactionClient, userIds: readonly string[]): Promise<void> {
  for (const payload of usersMessages(userIds)) {
    await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`;
  }
}
