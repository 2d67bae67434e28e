// Idempotency-Key on POST: the first request with a key reserves it, runs, and stores its answer; a
// retry with the same key and the same request gets that answer again (Idempotent-Replayed: true)
// and changes nothing. Keys belong to the user, so two users' keys never meet.
import { createHash } from "node:crypto";
import type { Db } from "../db/connection.ts";
import type { Prisma } from "../db/generated/client.ts";
import { clock } from "../time/clock.ts";

/** Answers are kept this long; the daily API housekeeping job removes older ones. */
export const IDEMPOTENCY_HOURS = 24;
/** A reservation without an answer this old was left by a process that stopped mid-request. */
const ABANDONED_MS = 5 * 60_000;

const KEY = /^[\x21-\x7e]{1,200}$/;

export const isValidIdempotencyKey = (key: string) => KEY.test(key);

export type StoredAnswer = { status: number; body: unknown };

export type Reservation =
  { kind: "fresh" } | { kind: "replay"; answer: StoredAnswer } | { kind: "reused" } | { kind: "inProgress" };

/**
 * What identifies a request: method, path and its input. Files count by name, size and content, not
 * by the multipart boundary a client may choose anew on each retry.
 */
export async function fingerprintOf(method: string, path: string, body: unknown): Promise<string> {
  const hash = createHash("sha256").update(`${method} ${path}\n`);
  const canonical = async (value: unknown): Promise<unknown> => {
    if (value instanceof File) {
      const digest = createHash("sha256")
        .update(new Uint8Array(await value.arrayBuffer()))
        .digest("hex");
      return { file: value.name, size: value.size, sha256: digest };
    }
    if (Array.isArray(value)) return Promise.all(value.map(canonical));
    if (value && typeof value === "object") {
      const entries = await Promise.all(
        Object.keys(value)
          .sort()
          .map(async (k) => [k, await canonical((value as Record<string, unknown>)[k])] as const),
      );
      return Object.fromEntries(entries);
    }
    return value;
  };
  hash.update(JSON.stringify((await canonical(body)) ?? null));
  return hash.digest("hex");
}

/** Reserves the key for this request, or says what the earlier request with it left. */
export async function reserveKey(db: Db, userId: string, key: string, fingerprint: string): Promise<Reservation> {
  const now = clock.now();
  const inserted = await db.$executeRaw`
    INSERT INTO "ApiIdempotency" ("userId", "key", "fingerprint", "createdAt")
    VALUES (${userId}, ${key}, ${fingerprint}, ${now.toISOString()}::timestamp)
    ON CONFLICT ("userId", "key") DO NOTHING`;
  if (inserted === 1) return { kind: "fresh" };
  const earlier = await db.apiIdempotency.findUnique({ where: { userId_key: { userId, key } } });
  if (!earlier) return reserveKey(db, userId, key, fingerprint);
  if (earlier.fingerprint !== fingerprint) return { kind: "reused" };
  if (earlier.status !== null) return { kind: "replay", answer: { status: earlier.status, body: earlier.body } };
  if (now.getTime() - earlier.createdAt.getTime() > ABANDONED_MS) {
    const taken = await db.apiIdempotency.updateMany({
      where: { userId, key, status: null, createdAt: earlier.createdAt },
      data: { createdAt: now },
    });
    if (taken.count === 1) return { kind: "fresh" };
  }
  return { kind: "inProgress" };
}

/**
 * Stores the answer under the key. A server error stores nothing and frees the key: the command's
 * transaction wrote nothing, so a retry must be free to do the work.
 */
export async function settleKey(db: Db, userId: string, key: string, answer: StoredAnswer): Promise<void> {
  if (answer.status >= 500) {
    await db.apiIdempotency.deleteMany({ where: { userId, key, status: null } });
    return;
  }
  await db.apiIdempotency.updateMany({
    where: { userId, key, status: null },
    data: { status: answer.status, body: answer.body as Prisma.InputJsonValue },
  });
}

/** Housekeeping: answers older than IDEMPOTENCY_HOURS. */
export async function removeExpiredKeys(db: Db): Promise<number> {
  const before = new Date(clock.now().getTime() - IDEMPOTENCY_HOURS * 3_600_000);
  return (await db.apiIdempotency.deleteMany({ where: { createdAt: { lt: before } } })).count;
}
