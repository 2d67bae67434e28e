import "server-only";
import { z } from "zod";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import { plainString } from "../forms/fields.ts";
import { containsText } from "../forms/text-search.ts";

/** Matches a picker shows at once; more means the user should type more, not scroll. */
export const ENTERPRISE_SEARCH_LIMIT = 20;

export type EnterpriseMatch = { id: string; name: string; nameEn: string };
export type EnterpriseMatches = { items: EnterpriseMatch[]; more: boolean };

/** What a picker sends as the user types: part of a name, an English name or a credit code. */
export const enterpriseSearchSchema = z.object({
  q: plainString().trim().max(50, "enterprisePicker.searchTooLong").optional().default(""),
});

export type EnterpriseSearch = z.output<typeof enterpriseSearchSchema>;

/**
 * The enterprises of `scope` whose name, English name or credit code holds `q`, by name, at most
 * ENTERPRISE_SEARCH_LIMIT of them; `more` when others match too. An empty `q` gives the first ones
 * by name. Callers pass the scope their own policy grants, so nothing offered is refused later.
 *
 * A substring match cannot use a B-tree index: the query narrows by the scope's indexes (a county's
 * enterprises, an officer's own) and filters those rows. A county's few thousand rows take
 * milliseconds; a trigram index would serve larger ones, but the embedded database has no pg_trgm.
 */
export async function searchEnterprisesIn(scope: Prisma.EnterpriseWhereInput, q: string): Promise<EnterpriseMatches> {
  const text = q.trim();
  const contains = containsText(text);
  const rows = await getDb().enterprise.findMany({
    where: {
      AND: [scope, text ? { OR: [{ name: contains }, { nameEn: contains }, { creditCode: contains }] } : {}],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    // One beyond the limit tells whether there are more without counting them all.
    take: ENTERPRISE_SEARCH_LIMIT + 1,
    select: { id: true, name: true, nameEn: true },
  });
  return { items: rows.slice(0, ENTERPRISE_SEARCH_LIMIT), more: rows.length > ENTERPRISE_SEARCH_LIMIT };
}
