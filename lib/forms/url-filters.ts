/**
 * List filters kept in the URL, so that a reload, the back button or a shared link shows the same list.
 *
 *   const disputeFilters = z.object({
 *     status: z.enum(DisputeStatus),
 *     kind: z.enum(DisputeKind),
 *     risk: urlFlag,
 *     enterpriseId: z.string().max(64),
 *     sort: z.enum(["createdAt", "parties"]),
 *     dir: z.enum(["asc", "desc"]),
 *   });
 *
 *   // page.tsx
 *   const filters = parseUrlFilters(disputeFilters, await searchParams);
 *   //  ?status=OPEN&kind=nonsense&status=CLOSED  →  { status: "OPEN", kind: undefined, … }
 *   <Pagination … query={filterQuery(filters)} />
 *   <FilterForm action="/disputes" showClear={hasActiveFilters(filters, ["sort", "dir"])}>…</FilterForm>
 *   sortable: sortHrefs("/disputes", filters, "createdAt")
 *
 * Parsing is tolerant: a value that does not fit its field (a stale link, a hand-edited URL) is
 * dropped instead of failing the page, so a bad status shows the whole list.
 */
import { z } from "zod";
import { hasControlCharacter } from "./fields.ts";

/** Next's `searchParams`: a repeated parameter arrives as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A checkbox filter: "1" (what FilterCheckbox sends) or "true" is on, anything else off; filterQuery writes it back as "1". */
export const urlFlag = z.preprocess((v) => v === "1" || v === "true", z.boolean());

/** The parsed filters: each field of the schema, undefined when absent or invalid. */
export type UrlFilters<Shape extends z.ZodRawShape> = { [K in keyof Shape]: z.output<Shape[K]> | undefined };

/**
 * The first value of a parameter; an empty or blank value counts as absent, and so does one with a
 * control character: a NUL would reach PostgreSQL (which refuses it) and no real filter holds one.
 */
function firstValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === "" || hasControlCharacter(first) ? undefined : first;
}

/**
 * Reads each field of `schema` from the URL's parameters on its own: the first value of a repeated
 * parameter, "" as absent, and a value that fails its field's validation as absent (or as the field's
 * default or catch value, when it has one). Never throws. Parameters the schema does not name are ignored.
 */
export function parseUrlFilters<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  searchParams: SearchParams,
): UrlFilters<Shape> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const raw = firstValue(searchParams[key]);
    const parsed = field.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
    else {
      // A bad value falls back to what an absent one gives: the field's default, or nothing.
      const absent = raw === undefined ? parsed : field.safeParse(undefined);
      out[key] = absent.success ? absent.data : undefined;
    }
  }
  return out as UrlFilters<Shape>;
}

type FilterValue = string | number | boolean | Date | null | undefined;

/**
 * The filters as query parameters for links (Pagination's `query`, sort links): true becomes "1",
 * false, null, undefined and "" are left out, numbers are written out and dates as ISO strings.
 */
export function filterQuery(filters: Record<string, FilterValue>): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === false || value === "") query[key] = undefined;
    else if (value === true) query[key] = "1";
    else if (value instanceof Date) query[key] = value.toISOString();
    else query[key] = String(value);
  }
  return query;
}

/** A link to `path` with these filters (and nothing for the ones that are unset). */
export function filterHref(path: string, filters: Record<string, FilterValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) if (value !== undefined) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Whether any filter is set, leaving out the keys that are not filters (the page number, the sort order). */
export function hasActiveFilters(filters: Record<string, FilterValue>, except: readonly string[] = []): boolean {
  const ignored = new Set(["page", ...except]);
  return Object.entries(filterQuery(filters)).some(([key, value]) => value !== undefined && !ignored.has(key));
}

/**
 * The two links of a sortable column header (for DataTable's `sortable`): the current filters with
 * this key as the sort order, back on the first page.
 */
export function sortHrefs(
  path: string,
  filters: Record<string, FilterValue>,
  key: string,
  { sortParam = "sort", dirParam = "dir" }: { sortParam?: string; dirParam?: string } = {},
): { asc: string; desc: string } {
  const base = { ...filters, page: undefined, [sortParam]: key };
  return {
    asc: filterHref(path, { ...base, [dirParam]: "asc" }),
    desc: filterHref(path, { ...base, [dirParam]: "desc" }),
  };
}
