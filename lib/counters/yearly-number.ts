import type { Prisma } from "../db/generated/client.ts";
import { chinaYear } from "../time/china.ts";

type Tx = Prisma.TransactionClient;

/** The series of human-readable numbers a bureau keeps per year, each with the prefix it prints. */
export const NUMBER_SERIES = {
  ticket: "LX",
  // 户籍 → HJ
  residency: "HJ",
} as const;

export type NumberSeries = keyof typeof NUMBER_SERIES;

export function formatYearlyNumber(series: NumberSeries, year: number, seq: number): string {
  return `${NUMBER_SERIES[series]}-${year}-${String(seq).padStart(6, "0")}`;
}

/**
 * The next number of a bureau's series for the year of `at`. One atomic upsert on the counter
 * table, so concurrent filings (a whole batch included) never share a number and a rolled-back
 * filing leaves at most a gap.
 */
export async function nextYearlyNumber(tx: Tx, bureauId: string, series: NumberSeries, at: Date): Promise<string> {
  const year = chinaYear(at);
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "Counter" ("bureauId", "scope", "year", "value") VALUES (${bureauId}, ${series}, ${year}::int, 1)
    ON CONFLICT ("bureauId", "scope", "year") DO UPDATE SET "value" = "Counter"."value" + 1
    RETURNING "value"`;
  return formatYearlyNumber(series, year, Number(rows[0]!.value));
}
