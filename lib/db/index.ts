import "server-only";
import { closeAllPglite, createPrismaClient, replicaTarget, type Db } from "./connection.ts";
import { gated, requestGate } from "./request-gate.ts";

export type { Db } from "./connection.ts";
export { Prisma } from "./generated/client.ts";
export * from "./generated/enums.ts";

const globalDb = globalThis as unknown as { __jqtPrisma?: Db; __jqtReplica?: Db };

const primary = (): Db => (globalDb.__jqtPrisma ??= createPrismaClient());

/**
 * The app's Prisma client, created on first use (so `next build` never opens the database). Its
 * queries run through the request's gate (request-gate.ts), shared with getReplicaDb().
 */
export function getDb(): Db {
  return gated(primary(), requestGate());
}

/**
 * The client for heavy reads: the read replica when DATABASE_REPLICA_URL names one, else the app's
 * client. Reached through readDb() (lib/db/read.ts); what a user just wrote is read from getDb().
 */
export function getReplicaDb(): Db {
  const replica = replicaTarget();
  const client = replica ? (globalDb.__jqtReplica ??= createPrismaClient(replica, { poolName: "replica" })) : primary();
  return gated(client, requestGate());
}

/**
 * Ends the app's database connections (its pool, the replica's, an embedded database); the served process calls it on
 * shutdown, after its last request. A later getDb() would open new ones.
 */
export async function closeDb(): Promise<void> {
  const clients = new Set([globalDb.__jqtPrisma, globalDb.__jqtReplica].filter((db): db is Db => db !== undefined));
  globalDb.__jqtPrisma = undefined;
  globalDb.__jqtReplica = undefined;
  await Promise.all([...clients].map((db) => db.$disconnect()));
  await closeAllPglite();
}

/** For tests that swap databases between files, and benchmarks that bring a listening client. */
export function resetDb(client?: Db): void {
  globalDb.__jqtPrisma = client;
  globalDb.__jqtReplica = undefined;
}
