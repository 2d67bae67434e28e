import { z } from "zod";
import { TicketCategory, TicketStatus } from "../db/generated/enums.ts";
import { filterHref, parseUrlFilters, urlFlag, type SearchParams } from "../forms/url-filters.ts";
import { drillDownFields } from "../dashboard/drill-down.ts";

/** Which date a from/to range applies to: when the ticket was filed (the default), resolved or escalated. */
export const TICKET_DATED = ["created", "resolved", "escalated"] as const;

/**
 * The ticket list's filters as they appear in the URL, so a reload or a shared link shows the same
 * list. Read through parseUrlFilters: a value that does not fit its field is dropped, never an error.
 */
export const ticketFilters = z.object({
  status: z.union([z.enum(TicketStatus), z.literal("open"), z.literal("all")]),
  category: z.enum(TicketCategory),
  enterprise: z.string().trim().max(64),
  overdue: urlFlag,
  /** Escalated, flagged by a low rating, or overdue: what the chief must look at. */
  attention: urlFlag,
  q: z.string().trim().max(50),
  /** The place it was filed at and a period: what a dashboard figure counted (see lib/dashboard/drill-down). */
  ...drillDownFields,
  on: z.enum(TICKET_DATED),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

type Parsed = z.output<typeof ticketFilters>;

/** The parsed filters: the flags are always set and the page is 1 unless a valid one was given. */
export type TicketFilters = Partial<Omit<Parsed, "overdue" | "attention" | "page">> &
  Pick<Parsed, "overdue" | "attention" | "page">;

export function parseTicketFilters(params: SearchParams): TicketFilters {
  const { overdue, attention, page, ...rest } = parseUrlFilters(ticketFilters, params);
  return { ...rest, overdue: overdue ?? false, attention: attention ?? false, page: page ?? 1 };
}

/** The filters as a query string (for links that change one filter and keep the others); page 1 is left out. */
export function filtersToQuery(filters: Partial<TicketFilters>): string {
  return filterHref("", { ...filters, page: filters.page === 1 ? undefined : filters.page });
}

/** Every ticket of one enterprise, whatever its status: the enterprise page's "all tickets" link. */
export function enterpriseTicketsHref(enterpriseId: string): string {
  return `/tickets${filtersToQuery({ enterprise: enterpriseId, status: "all" })}`;
}
