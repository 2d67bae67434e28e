import { z } from "zod";
import { Role } from "../db/generated/enums.ts";
import { parseUrlFilters, type SearchParams } from "../forms/url-filters.ts";

/** The account list's filters, kept in the URL; the admin home's search form submits the same names. */
export const accountFilterSchema = z.object({
  q: z.string().trim().max(64),
  role: z.enum(Role),
  status: z.enum(["active", "disabled"]),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function parseAccountFilters(params: SearchParams) {
  return parseUrlFilters(accountFilterSchema, params);
}
