// One-time links that set a password (an administrator's reset, a new account's invitation). The
// token exists only in the link; the database keeps its SHA-256, so a copy of the table opens nothing.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Prisma } from "../db/generated/client.ts";
import type { PasswordTokenPurpose } from "../db/generated/enums.ts";
import { clock } from "../time/clock.ts";
import { TOKEN_PATTERN } from "./schemas.ts";

type Tx = Prisma.TransactionClient;

export const TOKEN_LIFETIME_HOURS = 72;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Equal hashes, compared in constant time (the lookup by hash already tells nothing about the token). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export type IssuedToken = { token: string; path: string; expiresAt: Date; purpose: PasswordTokenPurpose };

/**
 * A new link for the user. Older unused links of the same user stop working: only the latest one
 * handed over can set the password.
 */
export async function issueToken(
  tx: Tx,
  { userId, purpose, createdById }: { userId: string; purpose: PasswordTokenPurpose; createdById: string },
): Promise<IssuedToken> {
  const now = clock.now();
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_HOURS * 3_600_000);
  await tx.passwordToken.create({ data: { userId, purpose, createdById, tokenHash: hashToken(token), expiresAt } });
  return { token, path: `/reset/${token}`, expiresAt, purpose };
}

export type TokenState =
  | { state: "valid"; userId: string; purpose: PasswordTokenPurpose; expiresAt: Date }
  | { state: "used" | "expired" | "unknown" };

/** What a link is worth right now, without using it: for the page that asks for the new password. */
export async function inspectToken(db: Pick<Tx, "passwordToken">, token: string): Promise<TokenState> {
  if (!TOKEN_PATTERN.test(token)) return { state: "unknown" };
  const hash = hashToken(token);
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hash },
    select: { tokenHash: true, userId: true, purpose: true, expiresAt: true, usedAt: true },
  });
  if (!row || !sameHash(row.tokenHash, hash)) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= clock.now()) return { state: "expired" };
  return { state: "valid", userId: row.userId, purpose: row.purpose, expiresAt: row.expiresAt };
}

/**
 * Uses the link: one conditional UPDATE marks it used only while it is unused and unexpired, so of two
 * requests racing with the same link exactly one gets the row back. Null for everyone else.
 */
export async function consumeToken(
  tx: Tx,
  token: string,
): Promise<{ userId: string; purpose: PasswordTokenPurpose } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const hash = hashToken(token);
  const now = clock.now().toISOString();
  const rows = await tx.$queryRaw<{ userId: string; purpose: PasswordTokenPurpose; tokenHash: string }[]>`
    UPDATE "PasswordToken" SET "usedAt" = ${now}::timestamp
     WHERE "tokenHash" = ${hash} AND "usedAt" IS NULL AND "expiresAt" > ${now}::timestamp
    RETURNING "userId", "purpose"::text AS "purpose", "tokenHash"`;
  const row = rows[0];
  return row && sameHash(row.tokenHash, hash) ? { userId: row.userId, purpose: row.purpose } : null;
}
