import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { parseUrlFilters, urlFlag, type SearchParams } from "../forms/url-filters.ts";
import { containsText } from "../forms/text-search.ts";

export const ENTERPRISE_STATUSES = ["active", "inactive", "all"] as const;
export type EnterpriseStatusFilter = (typeof ENTERPRISE_STATUSES)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined);

/**
 * List filters as they appear in the URL, so a reload or a shared link shows the same list. Anything
 * malformed is dropped rather than answered with an error page: the list then simply shows more.
 */
export const enterpriseFiltersSchema = z.object({
  /** Name, English name or credit code. */
  q: text(50),
  workstation: text(64),
  park: text(100),
  keyProject: urlFlag,
  /** "none": enterprises without a responsible officer. */
  officer: z.literal("none").optional().catch(undefined),
  /** Deactivated enterprises stay findable, but the working list shows the active ones. */
  status: z.enum(ENTERPRISE_STATUSES).catch("active"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type EnterpriseFilters = z.output<typeof enterpriseFiltersSchema>;

export const DEFAULT_ENTERPRISE_FILTERS: EnterpriseFilters = enterpriseFiltersSchema.parse({});

/**
 * The filters of a URL's parameters (see parseUrlFilters: the first of repeated values, blank as absent).
 * Every field catches a bad value with its default, so none is left undefined that the type does not allow.
 */
export function parseEnterpriseFilters(params: SearchParams): EnterpriseFilters {
  return parseUrlFilters(enterpriseFiltersSchema, params) as EnterpriseFilters;
}

/** Whether any filter narrows the list (then an empty list means "no match", not "no enterprises"). */
export function isFiltered(filters: EnterpriseFilters): boolean {
  return Boolean(
    filters.q ||
    filters.workstation ||
    filters.park ||
    filters.keyProject ||
    filters.officer ||
    filters.status !== "active",
  );
}

/** The filters as URL parameters, defaults left out (for page links that keep the filters). */
export function filtersToParams(filters: Partial<EnterpriseFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === false || value === "") continue;
    if ((key === "page" && value === 1) || (key === "status" && value === "active")) continue;
    out[key] = value === true ? "1" : String(value);
  }
  return out;
}

/** The Prisma condition of the filters (scope is added by the query, never here). */
export function enterpriseFilterWhere(filters: Omit<EnterpriseFilters, "page">): Prisma.EnterpriseWhereInput[] {
  const where: Prisma.EnterpriseWhereInput[] = [];
  if (filters.status !== "all") where.push({ active: filters.status === "active" });
  if (filters.q) {
    const contains = containsText(filters.q);
    where.push({ OR: [{ name: contains }, { nameEn: contains }, { creditCode: contains }] });
  }
  if (filters.workstation) where.push({ workstationId: filters.workstation });
  if (filters.park) where.push({ workstation: { park: filters.park } });
  if (filters.keyProject) where.push({ keyProject: true });
  if (filters.officer === "none") where.push({ responsibleOfficerId: null });
  return where;
}
