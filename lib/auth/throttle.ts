import type { Db } from "../db/connection.ts";
import {
  BLOCK_AFTER,
  BLOCK_MINUTES,
  THROTTLE_WINDOW_MINUTES,
  attemptDelayMs,
  throttleKey,
  type ThrottleKind,
} from "./throttle-rules.ts";
import { clock } from "../time/clock.ts";

// Counters live in PostgreSQL so that every replica sees the same failures.

export type ThrottleState = { blockedUntil: Date | null; delayMs: number };

type Row = { failures: number; blockedUntil: Date | null; windowStart: Date };

export async function readThrottle(db: Db, keys: { kind: ThrottleKind; value: string }[]): Promise<ThrottleState> {
  const now = clock.now();
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const rows: Row[] = await db.signInThrottle.findMany({
    where: { key: { in: keys.map((k) => throttleKey(k.kind, k.value)) } },
    select: { failures: true, blockedUntil: true, windowStart: true },
  });
  let blockedUntil: Date | null = null;
  let failures = 0;
  for (const row of rows) {
    if (row.blockedUntil && row.blockedUntil > now && (!blockedUntil || row.blockedUntil > blockedUntil)) {
      blockedUntil = row.blockedUntil;
    }
    if (row.windowStart > windowStart) failures = Math.max(failures, row.failures);
  }
  return { blockedUntil, delayMs: attemptDelayMs(failures) };
}

/**
 * Counts one failure against the key atomically and starts a block when the limit is reached. The
 * instants come from the portal's clock, not the database's, because readThrottle compares them with
 * that clock (the columns are `timestamp` holding UTC, hence the ISO text and the cast).
 */
export async function recordFailure(db: Db, kind: ThrottleKind, value: string): Promise<void> {
  const key = throttleKey(kind, value);
  const limit = BLOCK_AFTER[kind];
  const now = clock.now().toISOString();
  await db.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt")
    VALUES (${key}, 1, ${now}::timestamp, ${now}::timestamp)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${now}::timestamp - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)
                        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${now}::timestamp - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)
                        THEN ${now}::timestamp ELSE "SignInThrottle"."windowStart" END,
      "updatedAt" = ${now}::timestamp`;
  await db.$executeRaw`
    UPDATE "SignInThrottle"
       SET "blockedUntil" = ${now}::timestamp + make_interval(mins => ${BLOCK_MINUTES}::int), "failures" = 0,
           "windowStart" = ${now}::timestamp
     WHERE "key" = ${key} AND "failures" >= ${limit}::int`;
}

export async function clearFailures(db: Db, kind: ThrottleKind, value: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKey(kind, value) } });
}
