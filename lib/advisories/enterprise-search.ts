import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed } from "../auth/question.ts";
import { containsText } from "../forms/text-search.ts";
import { addressableEnterprises, canSendAdvisories } from "./policy.ts";

/** Matches the send form shows at once; more means the sender should type more, not scroll. */
export const ENTERPRISE_SEARCH_LIMIT = 20;

export type EnterpriseMatch = { id: string; name: string; nameEn: string };

/**
 * The enterprises a sender may address whose name, English name or credit code holds `q`, by name,
 * at most ENTERPRISE_SEARCH_LIMIT of them; `more` when others match too. An empty `q` gives the first
 * ones by name. The scope is the one sending checks, so nothing offered here is refused there.
 *
 * A substring match cannot use a B-tree index: the query narrows by the scope's indexes (a county's
 * active enterprises, an officer's own) and filters those rows. A county's few thousand rows take
 * milliseconds; a trigram index would serve larger ones, but the embedded database has no pg_trgm.
 */
export async function searchAddressableEnterprises(
  user: SessionUser,
  q: string,
): Promise<{ items: EnterpriseMatch[]; more: boolean }> {
  assertAllowed(user, canSendAdvisories);
  const text = q.trim();
  const contains = containsText(text);
  const rows = await getDb().enterprise.findMany({
    where: {
      AND: [
        addressableEnterprises(user),
        text ? { OR: [{ name: contains }, { nameEn: contains }, { creditCode: contains }] } : {},
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    // One beyond the limit tells whether there are more without counting them all.
    take: ENTERPRISE_SEARCH_LIMIT + 1,
    select: { id: true, name: true, nameEn: true },
  });
  return { items: rows.slice(0, ENTERPRISE_SEARCH_LIMIT), more: rows.length > ENTERPRISE_SEARCH_LIMIT };
}
