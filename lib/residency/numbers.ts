import type { Prisma } from "../db/generated/client.ts";
import { chinaYear } from "../tickets/numbers.ts";

type Tx = Prisma.TransactionClient;

export function formatResidencyNumber(year: number, seq: number): string {
  return `HJ-${year}-${String(seq).padStart(6, "0")}`;
}

/**
 * Next request number of a bureau's year (户籍 → HJ). One atomic upsert on the shared counter table,
 * so concurrent filings (a whole batch included) never share a number.
 */
export async function nextResidencyNumber(tx: Tx, bureauId: string, at: Date): Promise<string> {
  const year = chinaYear(at);
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "Counter" ("bureauId", "scope", "year", "value") VALUES (${bureauId}, 'residency', ${year}::int, 1)
    ON CONFLICT ("bureauId", "scope", "year") DO UPDATE SET "value" = "Counter"."value" + 1
    RETURNING "value"`;
  return formatResidencyNumber(year, Number(rows[0]!.value));
}
