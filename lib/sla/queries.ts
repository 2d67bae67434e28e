import "server-only";
import { getDb, type Prisma } from "../db/index.ts";
import type { Priority, TicketCategory } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { defaultSlaRules } from "./defaults.ts";
import type { SlaHours } from "./deadlines.ts";
import { slaScope } from "./policy.ts";

/** One cell of the table; `isDefault` when the bureau has no row of its own for it yet. */
export type SlaCell = SlaHours & { category: TicketCategory; priority: Priority; isDefault: boolean };

type Reader = Pick<Prisma.TransactionClient, "slaRule">;

export const cellKey = (category: TicketCategory, priority: Priority) => `${category}.${priority}`;

/** Every category × priority, the bureau's own rows over the defaults, in the defaults' order. */
export async function readSlaCells(db: Reader, where: Prisma.SlaRuleWhereInput): Promise<SlaCell[]> {
  const rows = await db.slaRule.findMany({
    where,
    select: { category: true, priority: true, acceptHours: true, resolveHours: true },
  });
  const own = new Map(rows.map((r) => [cellKey(r.category, r.priority), r]));
  return defaultSlaRules().map((d) => {
    const row = own.get(cellKey(d.category, d.priority));
    return row ? { ...row, isDefault: false } : { ...d, isDefault: true };
  });
}

/** The SLA table of the user's bureau: all 44 cells, defaults filling the gaps. */
export async function getSlaTable(user: SessionUser): Promise<SlaCell[]> {
  return readSlaCells(getDb(), slaScope(user));
}

/**
 * The hours that apply to a new ticket, read inside the ticket command's transaction so the
 * deadline and the ticket are written against the same table.
 */
export async function slaRuleFor(
  tx: Prisma.TransactionClient,
  bureauId: string,
  category: TicketCategory,
  priority: Priority,
): Promise<SlaHours> {
  const row = await tx.slaRule.findUnique({
    where: { bureauId_category_priority: { bureauId: requireScopeId(bureauId, "bureau"), category, priority } },
    select: { acceptHours: true, resolveHours: true },
  });
  if (row) return row;
  const fallback = defaultSlaRules().find((d) => d.category === category && d.priority === priority);
  if (!fallback) throw new Error(`no default SLA rule for ${category}/${priority}`);
  return { acceptHours: fallback.acceptHours, resolveHours: fallback.resolveHours };
}
