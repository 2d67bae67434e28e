import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { POLICE_ONLY_ACTIONS, recordHref, type ReferenceKind } from "./catalog.ts";
import { HISTORY_LIMIT, historyLimit, WHOLE_HISTORY_QUERY } from "./history-shown.ts";
import type { SearchParams } from "../forms/url-filters.ts";
import { changedFields, referencesIn, resolveReferences, type FieldChange } from "./diff.ts";
import { AUDIT_ORDER, auditFilterWhere, cursorOf, type AuditFilters } from "./filters.ts";
import { auditScope, canReadAuditLog, canSeeFullPersonalData, canSeeInternalHistory } from "./policy.ts";

/** Rows on one page of the audit view. */
export const AUDIT_PAGE_SIZE = 50;
/** The most rows one export writes; the sheet says when the filter matched more. */
export const AUDIT_EXPORT_MAX = 10_000;

export type Named = { id: string; name: string; nameEn: string };

/** One audit row, prepared for reading: who in words, what changed field by field, personal data masked. */
export type PreparedEvent = {
  id: string;
  at: Date;
  action: string;
  entity: string;
  entityId: string;
  /** The record's page, when the record kind has one. */
  href: string | null;
  /** null for a system write, or an actor the viewer's county does not hold. */
  actor: Named | null;
  changes: FieldChange[];
};

type Raw = {
  id: bigint;
  createdAt: Date;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

const SELECT = {
  id: true,
  createdAt: true,
  actorId: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
} as const;

/**
 * Names for the users and records the rows mention, looked up in the viewer's county only: an id
 * from elsewhere resolves to nothing rather than to another county's name.
 */
async function namesFor(bureauId: string, wanted: Map<ReferenceKind, Set<string>>) {
  const db = getDb();
  const ids = (kind: ReferenceKind) => [...(wanted.get(kind) ?? [])];
  const select = { id: true, name: true, nameEn: true } as const;
  const where = (kind: ReferenceKind) => ({ bureauId, id: { in: ids(kind) } });
  const skip = (kind: ReferenceKind) => ids(kind).length === 0;
  const [users, departments, enterprises, stations, workstations] = await Promise.all([
    skip("user") ? [] : db.user.findMany({ where: where("user"), select }),
    skip("department") ? [] : db.department.findMany({ where: where("department"), select }),
    skip("enterprise") ? [] : db.enterprise.findMany({ where: where("enterprise"), select }),
    skip("station") ? [] : db.station.findMany({ where: where("station"), select }),
    skip("workstation") ? [] : db.workstation.findMany({ where: where("workstation"), select }),
  ]);
  const byKind = new Map<ReferenceKind, Map<string, Named>>([
    ["user", new Map(users.map((r) => [r.id, r]))],
    ["department", new Map(departments.map((r) => [r.id, r]))],
    ["enterprise", new Map(enterprises.map((r) => [r.id, r]))],
    ["station", new Map(stations.map((r) => [r.id, r]))],
    ["workstation", new Map(workstations.map((r) => [r.id, r]))],
  ]);
  return (kind: ReferenceKind, id: string) => byKind.get(kind)?.get(id);
}

async function prepare(user: SessionUser, rows: Raw[]): Promise<PreparedEvent[]> {
  const fullPersonalData = canSeeFullPersonalData(user);
  const diffs = rows.map((r) => changedFields(r.before, r.after, { entity: r.entity, fullPersonalData }));
  const wanted = referencesIn(diffs.flat());
  const actors = wanted.get("user") ?? new Set<string>();
  for (const r of rows) if (r.actorId) actors.add(r.actorId);
  wanted.set("user", actors);
  const lookup = await namesFor(requireScopeId(user.bureauId, "bureau"), wanted);
  return rows.map((r, i) => {
    const actor = r.actorId ? lookup("user", r.actorId) : undefined;
    return {
      id: r.id.toString(),
      at: r.createdAt,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      href: recordHref(r.entity, r.entityId),
      actor: actor ? { id: actor.id, name: actor.name, nameEn: actor.nameEn } : null,
      changes: resolveReferences(diffs[i]!, lookup),
    };
  });
}

/**
 * One page of the county's audit trail, newest first. Keyset paging: `next` is the position after
 * the last row, or null on the last page; no count of the whole table is ever taken.
 */
export async function auditPage(
  user: SessionUser,
  filters: AuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ rows: PreparedEvent[]; next: string | null }> {
  assertAllowed(user, canReadAuditLog);
  const found = await getDb().auditEvent.findMany({
    where: { AND: [auditScope(user), ...auditFilterWhere(filters)] },
    orderBy: AUDIT_ORDER,
    take: pageSize + 1,
    select: SELECT,
  });
  const rows = found.slice(0, pageSize);
  const last = rows.at(-1);
  return { rows: await prepare(user, rows), next: found.length > pageSize && last ? cursorOf(last) : null };
}

/** Every row the filters match (from the filters' first page on), up to `max`, for the export. */
export async function auditExportRows(
  user: SessionUser,
  filters: AuditFilters,
  max = AUDIT_EXPORT_MAX,
): Promise<{ rows: PreparedEvent[]; truncated: boolean }> {
  assertAllowed(user, canReadAuditLog);
  const found = await getDb().auditEvent.findMany({
    where: { AND: [auditScope(user), ...auditFilterWhere({ ...filters, after: undefined })] },
    orderBy: AUDIT_ORDER,
    take: max + 1,
    select: SELECT,
  });
  return { rows: await prepare(user, found.slice(0, max)), truncated: found.length > max };
}

/**
 * The history of one record, newest first, for a page that has already decided the user may see
 * the record. Still bounded to the user's county, without the police's internal steps for the
 * enterprise's side, and with personal data masked for those who may not read it in full.
 */
export async function recordHistory(
  user: SessionUser,
  entity: string,
  entityId: string,
  limit = HISTORY_LIMIT,
): Promise<{ rows: PreparedEvent[]; more: boolean }> {
  const found = await getDb().auditEvent.findMany({
    where: {
      AND: [
        auditScope(user),
        { entity, entityId },
        canSeeInternalHistory(user) ? {} : { action: { notIn: [...POLICE_ONLY_ACTIONS] } },
      ],
    },
    orderBy: AUDIT_ORDER,
    take: limit + 1,
    select: SELECT,
  });
  return { rows: await prepare(user, found.slice(0, limit)), more: found.length > limit };
}

/**
 * A record page's history: its first entries, or all of them (up to HISTORY_LIMIT) when the page's
 * address asks, with the address that shows all while some are left out.
 */
export async function pageHistory(
  user: SessionUser,
  entity: string,
  entityId: string,
  searchParams: SearchParams,
  pagePath: string,
): Promise<{ rows: PreparedEvent[]; more: boolean; allHref?: string }> {
  const limit = historyLimit(searchParams);
  const found = await recordHistory(user, entity, entityId, limit);
  return limit < HISTORY_LIMIT ? { ...found, allHref: `${pagePath}${WHOLE_HISTORY_QUERY}` } : found;
}

/** The county's police and administrators, for the audit view's "person" filter (liaisons are reached from a row). */
export async function auditActorOptions(user: SessionUser): Promise<(Named & { active: boolean })[]> {
  assertAllowed(user, canReadAuditLog);
  return getDb().user.findMany({
    where: { bureauId: requireScopeId(user.bureauId, "bureau"), role: { in: ["OFFICER", "CHIEF", "ADMIN"] } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
    select: { id: true, name: true, nameEn: true, active: true },
  });
}

/** The name of the actor the view is filtered by, when they belong to the county (liaisons included). */
export async function auditActorName(user: SessionUser, actorId: string): Promise<Named | null> {
  assertAllowed(user, canReadAuditLog);
  return getDb().user.findFirst({
    where: { id: actorId, bureauId: requireScopeId(user.bureauId, "bureau") },
    select: { id: true, name: true, nameEn: true },
  });
}
