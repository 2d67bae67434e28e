import { Prisma } from "./generated/client.ts";

/**
 * A timestamp parameter for hand-written SQL. The columns are `timestamp` holding UTC; sending the
 * ISO text and casting keeps the comparison in UTC whatever the session's time zone is.
 */
export function at(instant: Date): Prisma.Sql {
  return Prisma.sql`${instant.toISOString()}::timestamp`;
}
