import { z } from "zod";
import { TicketCategory, TicketStatus } from "../db/generated/enums.ts";

const flag = z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()).catch(false);

/** Queue filters as they appear in the URL, so a reload or a shared link shows the same list. */
export const ticketFiltersSchema = z.object({
  status: z
    .union([z.enum(TicketStatus), z.literal("open"), z.literal("all")])
    .optional()
    .catch(undefined),
  category: z.enum(TicketCategory).optional().catch(undefined),
  enterprise: z.string().trim().max(64).optional().catch(undefined),
  overdue: flag,
  /** Escalated, flagged by a low rating, or overdue: what the chief must look at. */
  attention: flag,
  q: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type TicketFilters = z.output<typeof ticketFiltersSchema>;

export function parseTicketFilters(params: Record<string, string | string[] | undefined>): TicketFilters {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ticketFiltersSchema.parse(single);
}

/** The filters as a query string (for links that change one filter and keep the others). */
export function filtersToQuery(filters: Partial<TicketFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === false || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
