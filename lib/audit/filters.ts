import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { parseUrlFilters, urlFlag, type SearchParams, type UrlFilters } from "../forms/url-filters.ts";
import { chinaMidnight, parseChinaDate } from "../time/china.ts";
import { PII_VIEW_ACTIONS } from "./catalog.ts";

const day = z
  .string()
  .trim()
  .refine((v) => parseChinaDate(v) !== null);

/** The audit view's filters as they appear in the URL; the export reads the same ones. */
export const auditFilterSchema = z.object({
  /** The acting user's id. */
  actor: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** The record kind (AuditEvent.entity). */
  entity: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{1,40}$/),
  action: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z.]{0,79}$/),
  /** First and last China calendar day, both included. */
  from: day,
  to: day,
  /** Only reads of personal data (full identity numbers opened). */
  pii: urlFlag,
  /** Where the page starts: the position after the last row of the previous page (see `cursorOf`). */
  after: z.string().regex(/^\d{13,16}\.\d{1,19}$/),
});

export type AuditFilters = UrlFilters<typeof auditFilterSchema.shape>;

export function parseAuditFilters(params: SearchParams): AuditFilters {
  return parseUrlFilters(auditFilterSchema, params);
}

/** The filters without the page position: what the export and a new filter start from. */
export function withoutPosition(filters: AuditFilters): AuditFilters {
  return { ...filters, after: undefined };
}

type Position = { createdAt: Date; id: bigint };

/** The keyset position after a row, as the `after` parameter writes it. */
export function cursorOf(row: Position): string {
  return `${row.createdAt.getTime()}.${row.id}`;
}

function positionOf(cursor: string): Position {
  const [ms, id] = cursor.split(".");
  return { createdAt: new Date(Number(ms)), id: BigInt(id!) };
}

/**
 * The conditions the filters add to the county's scope. Rows come newest first, ordered by
 * (createdAt, id), so a page continues strictly after the last row of the previous one.
 */
export function auditFilterWhere(filters: AuditFilters): Prisma.AuditEventWhereInput[] {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) and.push({ actorId: filters.actor });
  if (filters.entity) and.push({ entity: filters.entity });
  if (filters.action) and.push({ action: filters.action });
  if (filters.pii) and.push({ action: { in: [...PII_VIEW_ACTIONS] } });
  const from = filters.from ? parseChinaDate(filters.from) : null;
  const to = filters.to ? parseChinaDate(filters.to) : null;
  if (from !== null) and.push({ createdAt: { gte: chinaMidnight(from) } });
  if (to !== null) and.push({ createdAt: { lt: chinaMidnight(to + 1) } });
  if (filters.after) {
    const { createdAt, id } = positionOf(filters.after);
    // The plain bound lets the index start at the position; the OR alone would be checked row by row from the newest.
    and.push(
      { createdAt: { lte: createdAt } },
      { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] },
    );
  }
  return and;
}

export const AUDIT_ORDER: Prisma.AuditEventOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
