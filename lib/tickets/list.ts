import "server-only";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { TicketStatus } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { FINAL_STATUSES, OPEN_STATUSES } from "./machine.ts";
import { ticketListNeedsEnterprises, ticketListScope } from "./policy.ts";
import type { TicketFilters } from "./filters.ts";
import { dayRange, filedPlaceWhere } from "../dashboard/drill-down.ts";
import { clock } from "../time/clock.ts";
import { containsText } from "../forms/text-search.ts";

export const PAGE_SIZE = 20;

function statusWhere(status: TicketFilters["status"]): Prisma.TicketWhereInput {
  if (!status || status === "all") return {};
  if (status === "open") return { status: { in: [...OPEN_STATUSES] } };
  return { status };
}

/**
 * A number names a ticket only within its bureau (each county keeps its own LX series), so a
 * search is never used alone: the list scope beside it names the bureau.
 */
function searchWhere(q: string | undefined): Prisma.TicketWhereInput {
  if (!q) return {};
  if (/^LX-\d{4}-\d{1,6}$/i.test(q)) return { number: q.toUpperCase() };
  return { OR: [{ title: containsText(q) }, { number: containsText(q.toUpperCase(), { caseSensitive: true }) }] };
}

/**
 * A period on the date the filters name. Each date column has a bureau index ([bureauId, createdAt],
 * [bureauId, resolvedAt, …], [bureauId, escalatedAt]) and the list scope names the bureau beside it.
 */
function datedWhere(filters: TicketFilters): Prisma.TicketWhereInput {
  const range = dayRange(filters.from, filters.to);
  if (!range) return {};
  if (filters.on === "resolved") return { resolvedAt: range };
  if (filters.on === "escalated") return { escalatedAt: range };
  return { createdAt: range };
}

/**
 * The scope of the user's ticket lists and counts: for an officer, the enterprises they answer for
 * are read first (see ticketListScope), for everyone else their ticketScope as it is.
 */
export async function ticketListScopeOf(user: SessionUser): Promise<Prisma.TicketWhereInput> {
  const responsibleFor = ticketListNeedsEnterprises(user)
    ? (
        await getDb().enterprise.findMany({
          where: { responsibleOfficerId: user.id, bureauId: user.bureauId },
          select: { id: true },
        })
      ).map((e) => e.id)
    : [];
  return ticketListScope(user, responsibleFor);
}

/**
 * A page of the tickets a user may see, ordered by the deadline that applies now (overdue ones come
 * first because their deadline is earliest), with counts of open work per status for the filter
 * bar. Indexed queries only: an officer's enterprises, then the page, its total (unless the status
 * counts give it), the open status counts and the overdue count (`npm run bench` prints their plans).
 */
export async function listTicketsForUser(user: SessionUser, filters: TicketFilters, now: Date = clock.now()) {
  const db = getDb();
  const base: Prisma.TicketWhereInput[] = [await ticketListScopeOf(user), searchWhere(filters.q)];
  if (filters.category) base.push({ category: filters.category });
  if (filters.enterprise) base.push({ enterpriseId: filters.enterprise });
  base.push(filedPlaceWhere(filters), datedWhere(filters));
  if (filters.attention) {
    base.push({ status: { notIn: [...FINAL_STATUSES] }, OR: [{ flaggedForChief: true }, { dueAt: { lt: now } }] });
  }
  const where: Prisma.TicketWhereInput = {
    AND: [...base, statusWhere(filters.status), filters.overdue ? { dueAt: { lt: now } } : {}],
  };
  // A list of open work (all of it, or one open status) holds exactly what the per-status counts
  // count: its total is their sum, and the same rows are not counted twice.
  const totalFromCounts = !filters.overdue && isOpenWork(filters.status);
  const [rows, counted, byStatus, overdue] = await Promise.all([
    db.ticket.findMany({
      where,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        number: true,
        title: true,
        category: true,
        priority: true,
        status: true,
        dueAt: true,
        createdAt: true,
        flaggedForChief: true,
        escalatedAt: true,
        enterprise: { select: { id: true, name: true, nameEn: true } },
        assignee: { select: { name: true, nameEn: true } },
      },
    }),
    totalFromCounts ? null : db.ticket.count({ where }),
    // Counted per status for open work only: it stays small, while a count of every status would
    // recount the scope's whole history on each view. Finished tabs show their total when opened.
    db.ticket.groupBy({
      by: ["status"],
      where: { AND: [...base, { status: { in: [...OPEN_STATUSES] } }] },
      _count: { _all: true },
    }),
    db.ticket.count({ where: { AND: [...base, { dueAt: { lt: now } }] } }),
  ]);
  const counts = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<
    Record<TicketStatus, number>
  >;
  const open = OPEN_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const total = counted ?? (filters.status === "open" ? open : (counts[filters.status as TicketStatus] ?? 0));
  return { rows, total, page: filters.page, pageSize: PAGE_SIZE, counts: { ...counts, open, overdue } };
}

function isOpenWork(status: TicketFilters["status"]): boolean {
  return status === "open" || (status !== undefined && (OPEN_STATUSES as readonly string[]).includes(status));
}

export type TicketListRow = Awaited<ReturnType<typeof listTicketsForUser>>["rows"][number];
