import type { Prisma } from "../db/generated/client.ts";

type Tx = Prisma.TransactionClient;

/** The year in China time, which is the year printed on a ticket number. */
export function chinaYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
}

export function formatTicketNumber(year: number, seq: number): string {
  return `LX-${year}-${String(seq).padStart(6, "0")}`;
}

/**
 * Next human-readable ticket number of a bureau's year. One atomic upsert, so concurrent filings
 * never share a number and a rolled-back filing leaves at most a gap.
 */
export async function nextTicketNumber(tx: Tx, bureauId: string, at: Date): Promise<string> {
  const year = chinaYear(at);
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "Counter" ("bureauId", "scope", "year", "value") VALUES (${bureauId}, 'ticket', ${year}::int, 1)
    ON CONFLICT ("bureauId", "scope", "year") DO UPDATE SET "value" = "Counter"."value" + 1
    RETURNING "value"`;
  return formatTicketNumber(year, Number(rows[0]!.value));
}
