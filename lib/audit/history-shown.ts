import { z } from "zod";
import { parseUrlFilters, type SearchParams } from "../forms/url-filters.ts";

/** The most entries a record's history shows: the newest ones. */
export const HISTORY_LIMIT = 100;

/**
 * Entries a record's page shows at first, newest first. A ticket with a long exchange would
 * otherwise send a hundred entries to a phone; the rest, up to HISTORY_LIMIT, are a link away.
 */
export const HISTORY_SHOWN = 20;

const historyParams = z.object({ history: z.enum(["all"]).optional().catch(undefined) });

/** How many history entries the page's address asks for: all (?history=all) or the first HISTORY_SHOWN. */
export function historyLimit(searchParams: SearchParams): number {
  return parseUrlFilters(historyParams, searchParams).history === "all" ? HISTORY_LIMIT : HISTORY_SHOWN;
}

/** The page's own address with the whole history shown, at the history section. */
export const WHOLE_HISTORY_QUERY = "?history=all#history";
