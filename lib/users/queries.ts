import "server-only";
import { getDb, type Prisma } from "../db/index.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { clock } from "../time/clock.ts";
import { runningApiSessionsWhere } from "../account/api-sessions.ts";
import { accountScope } from "./policy.ts";
import { blockedKeyPrefix, parseBlockedKey } from "./throttle-keys.ts";
import { inspectToken } from "./tokens.ts";
import { containsText } from "../forms/text-search.ts";

export const ACCOUNT_PAGE_SIZE = 25;

export type AccountFilters = { q?: string; role?: Role; status?: "active" | "disabled" };

export type AccountRow = {
  id: string;
  username: string;
  name: string;
  role: Role;
  active: boolean;
  unit: string | null;
  lastLoginAt: Date | null;
};

function filterWhere(user: SessionUser, filters: AccountFilters): Prisma.UserWhereInput {
  const q = filters.q?.trim();
  return {
    ...accountScope(user),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { active: filters.status === "active" } : {}),
    ...(q
      ? {
          OR: [
            { username: containsText(q.toLowerCase(), { caseSensitive: true }) },
            { name: containsText(q) },
            { nameEn: containsText(q) },
            { phone: containsText(q, { caseSensitive: true }) },
          ],
        }
      : {}),
  };
}

/** The bureau's accounts, newest sign-in first within each name, one page at a time. */
export async function listAccounts(
  user: SessionUser,
  { page = 1, filters = {} }: { page?: number; filters?: AccountFilters },
): Promise<{ rows: AccountRow[]; total: number; page: number; pageSize: number }> {
  const where = filterWhere(user, filters);
  const db = getDb();
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { username: "asc" }],
      skip: (Math.max(1, page) - 1) * ACCOUNT_PAGE_SIZE,
      take: ACCOUNT_PAGE_SIZE,
      select: {
        id: true,
        username: true,
        name: true,
        role: true,
        active: true,
        lastLoginAt: true,
        station: { select: { name: true } },
        enterprise: { select: { name: true } },
        department: { select: { name: true } },
      },
    }),
  ]);
  const rows = users.map((u) => ({
    id: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    active: u.active,
    lastLoginAt: u.lastLoginAt,
    unit: u.enterprise?.name ?? u.station?.name ?? u.department?.name ?? null,
  }));
  return { rows, total, page: Math.max(1, page), pageSize: ACCOUNT_PAGE_SIZE };
}

export type AccountDetail = NonNullable<Awaited<ReturnType<typeof getAccount>>>;

/** One account of the user's bureau, or null (absent or another county's: both answer 404). */
export async function getAccount(user: SessionUser, id: string) {
  return getDb()
    .user.findFirst({
      where: { id, ...accountScope(user) },
      select: {
        id: true,
        username: true,
        name: true,
        nameEn: true,
        title: true,
        phone: true,
        role: true,
        active: true,
        stationId: true,
        workstationId: true,
        departmentId: true,
        enterpriseId: true,
        lastLoginAt: true,
        createdAt: true,
        updatedAt: true,
        passwordHash: true,
        totpEnabledAt: true,
        station: { select: { name: true, nameEn: true } },
        workstation: { select: { name: true, nameEn: true } },
        department: { select: { name: true, nameEn: true } },
        enterprise: { select: { name: true, nameEn: true } },
      },
    })
    .then((u) => {
      if (!u) return null;
      // Only whether a password and a second factor were ever set leave this module, never the hash.
      const { passwordHash, totpEnabledAt, ...rest } = u;
      return { ...rest, hasPassword: passwordHash !== "", twoFactor: totpEnabledAt !== null };
    });
}

/** How many apps are signed in to an account of the bureau through the API now (0 for any other account). */
export async function countRunningApiSessions(user: SessionUser, accountId: string): Promise<number> {
  const db = getDb();
  const account = await db.user.findFirst({
    where: { id: accountId, ...accountScope(user) },
    select: { id: true, tokenVersion: true },
  });
  if (!account) return 0;
  return db.apiSession.count({ where: runningApiSessionsWhere(account, clock.now()) });
}

export type BlockedAccount = { userId: string; username: string; name: string; address: string; blockedUntil: Date };

/** Accounts of the bureau that sign-in throttling is blocking right now, from which address and until when. */
export async function listBlockedAccounts(user: SessionUser): Promise<BlockedAccount[]> {
  const db = getDb();
  const rows = await db.signInThrottle.findMany({
    where: { key: { startsWith: blockedKeyPrefix() }, blockedUntil: { gt: clock.now() } },
    select: { key: true, blockedUntil: true },
    orderBy: { blockedUntil: "desc" },
    take: 500,
  });
  const parsed = rows.flatMap((r) => {
    const key = parseBlockedKey(r.key);
    return key && r.blockedUntil ? [{ ...key, blockedUntil: r.blockedUntil }] : [];
  });
  if (parsed.length === 0) return [];
  const users = await db.user.findMany({
    where: { ...accountScope(user), username: { in: [...new Set(parsed.map((p) => p.username))] } },
    select: { id: true, username: true, name: true },
  });
  const byName = new Map(users.map((u) => [u.username, u]));
  return parsed.flatMap((p) => {
    const u = byName.get(p.username);
    return u
      ? [{ userId: u.id, username: u.username, name: u.name, address: p.address, blockedUntil: p.blockedUntil }]
      : [];
  });
}

/** Whether throttling blocks this account now, from any address. */
export async function isBlocked(username: string): Promise<boolean> {
  const count = await getDb().signInThrottle.count({
    where: { key: { startsWith: blockedKeyPrefix(username) }, blockedUntil: { gt: clock.now() } },
  });
  return count > 0;
}

export type Choice = { id: string; name: string; nameEn: string; stationId?: string };

/** The units an account may be placed in: the bureau's stations, workstations, departments and enterprises. */
export async function accountFormOptions(user: SessionUser) {
  const db = getDb();
  const bureauId = accountScope(user).bureauId as string;
  const byName = { orderBy: { name: "asc" as const } };
  const [stations, workstations, departments, enterprises] = await Promise.all([
    db.station.findMany({
      where: { bureauId, active: true },
      select: { id: true, name: true, nameEn: true },
      ...byName,
    }),
    db.workstation.findMany({
      where: { bureauId, active: true },
      select: { id: true, name: true, nameEn: true, stationId: true },
      ...byName,
    }),
    db.department.findMany({
      where: { bureauId, active: true },
      select: { id: true, name: true, nameEn: true },
      ...byName,
    }),
    db.enterprise.findMany({
      where: { bureauId, active: true },
      select: { id: true, name: true, nameEn: true },
      ...byName,
    }),
  ]);
  return { stations, workstations, departments, enterprises };
}

/** The enterprise's liaison accounts, for its page. */
export async function liaisonsOf(user: SessionUser, enterpriseId: string) {
  return getDb().user.findMany({
    where: { ...accountScope(user), enterpriseId, role: "LIAISON" },
    select: { id: true, username: true, name: true, active: true },
    orderBy: { username: "asc" },
  });
}

/** What the reset page shows: whose link it is and what it is for, or why it no longer works. */
export async function passwordLinkFor(token: string) {
  const db = getDb();
  const state = await inspectToken(db, token);
  if (state.state !== "valid") return state;
  const user = await db.user.findUnique({
    where: { id: state.userId },
    select: { username: true, name: true, active: true },
  });
  if (!user?.active) return { state: "unknown" as const };
  return { ...state, username: user.username, name: user.name };
}
