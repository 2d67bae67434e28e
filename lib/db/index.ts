import "server-only";
import { createPrismaClient, type Db } from "./connection.ts";

export type { Db } from "./connection.ts";
export { Prisma } from "./generated/client.ts";
export * from "./generated/enums.ts";

const globalDb = globalThis as unknown as { __jqtPrisma?: Db };

/** The app's Prisma client, created on first use (so `next build` never opens the database). */
export function getDb(): Db {
  return (globalDb.__jqtPrisma ??= createPrismaClient());
}

/** For tests that swap databases between files, and benchmarks that bring a listening client. */
export function resetDb(client?: Db): void {
  globalDb.__jqtPrisma = client;
}
