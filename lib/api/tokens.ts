// API sessions: a short-lived access token and a rotating refresh token per signed-in client. Only
// their SHA-256 hashes are stored, so a copy of the database signs nobody in. Every request re-reads
// the row, so a revoked session is refused at its next request, not when its token expires.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/connection.ts";
import type { Prisma } from "../db/generated/client.ts";
import { loadSessionState } from "../auth/sign-in.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { clock } from "../time/clock.ts";

export const ACCESS_TOKEN_MINUTES = 15;
export const REFRESH_TOKEN_DAYS = 30;
/** Requests one token may make per minute before it is answered 429 (API_RATE_LIMIT overrides it). */
export const DEFAULT_RATE_LIMIT = 120;
const RATE_WINDOW_MS = 60_000;

const ACCESS_PREFIX = "jqt_at_";
const REFRESH_PREFIX = "jqt_rt_";

export type TokenPair = {
  accessToken: string;
  refreshToken: string;
  tokenType: "Bearer";
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshExpiresAt: Date;
};

export function rateLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const raw = env.API_RATE_LIMIT?.trim();
  if (!raw) return DEFAULT_RATE_LIMIT;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1)
    throw new Error("API_RATE_LIMIT must be a whole number of requests per minute");
  return Number(raw);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

function freshPair(now: Date) {
  const accessToken = newToken(ACCESS_PREFIX);
  const refreshToken = newToken(REFRESH_PREFIX);
  const accessExpiresAt = new Date(now.getTime() + ACCESS_TOKEN_MINUTES * 60_000);
  const refreshExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000);
  const pair: TokenPair = {
    accessToken,
    refreshToken,
    tokenType: "Bearer",
    expiresIn: ACCESS_TOKEN_MINUTES * 60,
    refreshExpiresAt,
  };
  const columns = {
    accessHash: hashToken(accessToken),
    accessExpiresAt,
    refreshHash: hashToken(refreshToken),
    refreshExpiresAt,
  };
  return { pair, columns };
}

/** A new API session for a user who has just proved who they are (password, and code where they use one). */
export async function openApiSession(
  db: Db,
  user: { id: string; tokenVersion: number },
  client: string,
  address: string | null,
): Promise<TokenPair & { sessionId: string }> {
  const now = clock.now();
  const { pair, columns } = freshPair(now);
  const row = await db.apiSession.create({
    data: {
      userId: user.id,
      client,
      tokenVersion: user.tokenVersion,
      lastUsedAt: now,
      lastAddress: address,
      windowStart: now,
      ...columns,
    },
    select: { id: true },
  });
  return { ...pair, sessionId: row.id };
}

export type RefreshOutcome = { ok: true; tokens: TokenPair } | { ok: false; reason: "invalid" | "reused" };

/**
 * Trades a refresh token for a new pair. The old refresh token stops working at once; presented
 * again, it was copied (or the client lost the answer of a refresh), and the session ends so that
 * whoever holds the copy is out too. Two refreshes racing with one token: one wins, the other is
 * refused without ending the session.
 */
export async function refreshApiSession(db: Db, refreshToken: string, address: string | null): Promise<RefreshOutcome> {
  const now = clock.now();
  const hash = hashToken(refreshToken);
  const session = await db.apiSession.findUnique({
    where: { refreshHash: hash },
    select: { id: true, userId: true, tokenVersion: true, revokedAt: true, refreshExpiresAt: true },
  });
  if (!session) {
    const reused = await db.apiSession.updateMany({
      where: { previousRefreshHash: hash, revokedAt: null },
      data: { revokedAt: now },
    });
    return { ok: false, reason: reused.count > 0 ? "reused" : "invalid" };
  }
  if (session.revokedAt || session.refreshExpiresAt <= now) return { ok: false, reason: "invalid" };
  const state = await loadSessionState(db, session.userId, session.tokenVersion);
  if (!state || state.twoFactorPending) return { ok: false, reason: "invalid" };
  const { pair, columns } = freshPair(now);
  const swapped = await db.apiSession.updateMany({
    where: { id: session.id, refreshHash: hash, revokedAt: null },
    data: { ...columns, previousRefreshHash: hash, lastUsedAt: now, lastAddress: address },
  });
  return swapped.count === 1 ? { ok: true, tokens: pair } : { ok: false, reason: "invalid" };
}

export type AccessOutcome =
  | { ok: true; user: SessionUser; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

type AccessRow = { id: string; userId: string; tokenVersion: number; windowStart: Date; windowCount: number };

/**
 * The user behind an access token, counting the request against the token's one-minute window in the
 * same statement. Refused: an unknown, expired or revoked token, a disabled or re-scoped account, and
 * an account that must still set up two-factor sign-in in the portal.
 */
export async function authenticateAccessToken(
  db: Db,
  accessToken: string,
  address: string | null,
  limit: number = rateLimitPerMinute(),
): Promise<AccessOutcome> {
  if (!accessToken.startsWith(ACCESS_PREFIX)) return { ok: false, reason: "invalid" };
  const now = clock.now();
  // The columns are `timestamp` holding UTC: instants go in as ISO text (see lib/auth/throttle.ts).
  const at = now.toISOString();
  const windowEdge = new Date(now.getTime() - RATE_WINDOW_MS).toISOString();
  const rows = await db.$queryRaw<AccessRow[]>`
    UPDATE "ApiSession" SET
      "windowCount" = CASE WHEN "windowStart" <= ${windowEdge}::timestamp THEN 1 ELSE "windowCount" + 1 END,
      "windowStart" = CASE WHEN "windowStart" <= ${windowEdge}::timestamp THEN ${at}::timestamp ELSE "windowStart" END,
      "lastUsedAt" = ${at}::timestamp,
      "lastAddress" = ${address}
    WHERE "accessHash" = ${hashToken(accessToken)} AND "revokedAt" IS NULL AND "accessExpiresAt" > ${at}::timestamp
    RETURNING "id", "userId", "tokenVersion", "windowStart", "windowCount"`;
  const row = rows[0];
  if (!row) return { ok: false, reason: "invalid" };
  if (row.windowCount > limit) {
    const windowEnds = new Date(row.windowStart).getTime() + RATE_WINDOW_MS;
    return {
      ok: false,
      reason: "rateLimited",
      retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)),
    };
  }
  const state = await loadSessionState(db, row.userId, row.tokenVersion);
  if (!state || state.twoFactorPending) return { ok: false, reason: "invalid" };
  return { ok: true, user: state.user, sessionId: row.id };
}

/** A client or a transaction: revocations commit together with their audit entry. */
type SessionWriter = Pick<Db | Prisma.TransactionClient, "apiSession">;

/** Ends one session of the user's own (from /account, or the client signing out); false if there is none. */
export async function revokeOwnApiSession(db: SessionWriter, userId: string, sessionId: string): Promise<boolean> {
  const ended = await db.apiSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: clock.now(), revokedById: userId },
  });
  return ended.count === 1;
}

/** Ends every running session of a user (an admin's revoke, or the user's "sign out all clients"). */
export async function revokeAllApiSessions(db: SessionWriter, userId: string, by: string): Promise<number> {
  const ended = await db.apiSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: clock.now(), revokedById: by },
  });
  return ended.count;
}
