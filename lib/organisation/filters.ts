import { z } from "zod";
import { parseUrlFilters, type SearchParams } from "../forms/url-filters.ts";

export const UNIT_STATUSES = ["active", "inactive", "all"] as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined);

/**
 * The filters of the three unit lists, as they appear in the URL. Deactivated units stay findable,
 * but the working lists show the active ones. `station` narrows the workstation list only.
 */
export const unitFiltersSchema = z.object({
  /** Code, name or English name (and park, for workstations). */
  q: text(50),
  station: text(64),
  status: z.enum(UNIT_STATUSES).catch("active"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type UnitFilters = z.output<typeof unitFiltersSchema>;

export function parseUnitFilters(params: SearchParams): UnitFilters {
  return parseUrlFilters(unitFiltersSchema, params) as UnitFilters;
}

/** Whether any filter narrows the list (then an empty list means "no match", not "none yet"). */
export function isUnitFiltered(filters: UnitFilters): boolean {
  return Boolean(filters.q || filters.station || filters.status !== "active");
}

/** The filters as URL parameters, defaults and the page left out (for pagination links). */
export function unitFilterParams(filters: UnitFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.q) out.q = filters.q;
  if (filters.station) out.station = filters.station;
  if (filters.status !== "active") out.status = filters.status;
  return out;
}
