import "server-only";
import { getDb } from "../db/index.ts";
import { readDb } from "../db/read.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { clock } from "../time/clock.ts";
import { addressableEnterprises, advisoryScope, canSeeAdvisories, recipientScope } from "./policy.ts";

export const ADVISORY_PAGE_SIZE = 20;
/** Rows per page of an advisory's enterprises that have not read or acknowledged: a county-wide one has thousands. */
export const PENDING_PAGE_SIZE = 50;

export type Rates = { recipients: number; read: number; acknowledged: number };

const sumTallies = (tallies: Rates[]): Rates =>
  tallies.reduce(
    (sum, t) => ({
      recipients: sum.recipients + t.recipients,
      read: sum.read + t.read,
      acknowledged: sum.acknowledged + t.acknowledged,
    }),
    { recipients: 0, read: 0, acknowledged: 0 },
  );

const tallySelect = { select: { recipients: true, read: true, acknowledged: true } } as const;

/** The advisories the police user sent (a chief: the county's), newest first, with their rates from the tallies. */
export async function listSentAdvisories(user: SessionUser, page = 1) {
  const where = advisoryScope(user);
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.advisory.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADVISORY_PAGE_SIZE,
      take: ADVISORY_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        urgency: true,
        expiresAt: true,
        targetKind: true,
        createdAt: true,
        sender: { select: { name: true, nameEn: true } },
        tallies: tallySelect,
      },
    }),
    db.advisory.count({ where }),
  ]);
  return { rows: rows.map(({ tallies, ...a }) => ({ ...a, rates: sumTallies(tallies) })), total };
}

const receivedSelect = {
  readAt: true,
  acknowledgedAt: true,
  urgent: true,
  expiresAt: true,
  createdAt: true,
  advisory: { select: { id: true, title: true, urgency: true } },
} satisfies Prisma.AdvisoryRecipientSelect;

export type ReceivedAdvisory = Prisma.AdvisoryRecipientGetPayload<{ select: typeof receivedSelect }>;

/**
 * The advisories a liaison's enterprise received: those not yet acknowledged first (urgent ones on
 * top), then the acknowledged ones, newest first in each. `active` leaves out expired ones (the home).
 * The two groups are two ordered queries on the enterprise's index, paged across.
 */
export async function listReceivedAdvisories(
  user: SessionUser,
  { active = false, page = 1, pageSize = ADVISORY_PAGE_SIZE, now = clock.now() } = {},
): Promise<{ rows: ReceivedAdvisory[]; total: number; unacknowledged: number }> {
  const db = getDb();
  const base: Prisma.AdvisoryRecipientWhereInput = {
    AND: [recipientScope(user), active ? { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } : {}],
  };
  const open = { AND: [base, { acknowledgedAt: null }] };
  const done = { AND: [base, { acknowledgedAt: { not: null } }] };
  const [openCount, doneCount] = await Promise.all([
    db.advisoryRecipient.count({ where: open }),
    db.advisoryRecipient.count({ where: done }),
  ]);
  const skip = (page - 1) * pageSize;
  const fromOpen = Math.max(0, Math.min(pageSize, openCount - skip));
  const [openRows, doneRows] = await Promise.all([
    fromOpen
      ? db.advisoryRecipient.findMany({
          where: open,
          orderBy: [{ urgent: "desc" }, { createdAt: "desc" }, { advisoryId: "desc" }],
          skip,
          take: fromOpen,
          select: receivedSelect,
        })
      : [],
    pageSize - fromOpen
      ? db.advisoryRecipient.findMany({
          where: done,
          orderBy: [{ createdAt: "desc" }, { advisoryId: "desc" }],
          skip: Math.max(0, skip - openCount),
          take: pageSize - fromOpen,
          select: receivedSelect,
        })
      : [],
  ]);
  return { rows: [...openRows, ...doneRows], total: openCount + doneCount, unacknowledged: openCount };
}

/** One advisory in the user's scope with its attachment and rates; null when missing or out of scope. */
export async function getAdvisoryForUser(user: SessionUser, id: string) {
  if (!canSeeAdvisories(user) || id.length > 64) return null;
  const advisory = await getDb().advisory.findFirst({
    where: { AND: [{ id }, advisoryScope(user)] },
    select: {
      id: true,
      title: true,
      body: true,
      urgency: true,
      expiresAt: true,
      targetKind: true,
      targetValues: true,
      recipientCount: true,
      lastRemindedAt: true,
      createdAt: true,
      senderId: true,
      sender: { select: { name: true, nameEn: true } },
      attachments: {
        select: { id: true, fileName: true, mimeType: true, size: true, uploadedById: true, createdAt: true },
      },
      tallies: tallySelect,
      // A liaison's own row only: the scope keeps every other enterprise's reading out.
      recipients: { where: recipientScope(user), select: { readAt: true, acknowledgedAt: true } },
    },
  });
  if (!advisory) return null;
  const { tallies, recipients, ...rest } = advisory;
  return { ...rest, rates: sumTallies(tallies), own: user.role === "LIAISON" ? (recipients[0] ?? null) : null };
}

export type PendingFilter = "unread" | "unacknowledged";

const pendingSelect = {
  readAt: true,
  remindedAt: true,
  remindCount: true,
  enterprise: {
    select: {
      id: true,
      name: true,
      nameEn: true,
      creditCode: true,
      workstation: { select: { name: true, nameEn: true, station: { select: { name: true, nameEn: true } } } },
    },
  },
} satisfies Prisma.AdvisoryRecipientSelect;

function pendingWhere(
  user: SessionUser,
  advisoryId: string,
  filter: PendingFilter,
): Prisma.AdvisoryRecipientWhereInput {
  return {
    AND: [{ advisoryId }, recipientScope(user), filter === "unread" ? { readAt: null } : { acknowledgedAt: null }],
  };
}

/** One page of the enterprises that have not read (or not acknowledged) an advisory in the user's scope. */
export async function pendingRecipients(user: SessionUser, advisoryId: string, filter: PendingFilter, page = 1) {
  const where = pendingWhere(user, advisoryId, filter);
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.advisoryRecipient.findMany({
      where,
      orderBy: { enterpriseId: "asc" },
      skip: (page - 1) * PENDING_PAGE_SIZE,
      take: PENDING_PAGE_SIZE,
      select: pendingSelect,
    }),
    db.advisoryRecipient.count({ where }),
  ]);
  return { rows, total };
}

/** Every enterprise that has not read (or acknowledged) the advisory, for the export. */
export async function allPendingRecipients(user: SessionUser, advisoryId: string, filter: PendingFilter) {
  return readDb().advisoryRecipient.findMany({
    where: pendingWhere(user, advisoryId, filter),
    orderBy: { enterpriseId: "asc" },
    select: pendingSelect,
  });
}

/**
 * What the send form lists: the county's stations and workstations and the industries of the
 * enterprises the sender may address. Enterprises are too many to list; the form searches them
 * (enterprise-search.ts).
 */
export async function sendChoices(user: SessionUser) {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = getDb();
  const enterprises = addressableEnterprises(user);
  const named = { id: true, name: true, nameEn: true } as const;
  const [stations, workstations, industries] = await Promise.all([
    db.station.findMany({ where: { bureauId, active: true }, select: named, orderBy: { code: "asc" } }),
    db.workstation.findMany({ where: { bureauId, active: true }, select: named, orderBy: { code: "asc" } }),
    db.enterprise.groupBy({ by: ["industry", "industryEn"], where: enterprises, orderBy: { industry: "asc" } }),
  ]);
  return {
    stations,
    workstations,
    // One entry per industry as stored: its English name is the first one given.
    industries: [...new Map(industries.map((i) => [i.industry, i] as const)).values()].map((i) => ({
      value: i.industry,
      name: i.industry,
      nameEn: i.industryEn,
    })),
  };
}
