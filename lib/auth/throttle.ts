import type { Db } from "../db/connection.ts";
import {
  BLOCK_AFTER,
  BLOCK_MINUTES,
  THROTTLE_WINDOW_MINUTES,
  throttleState,
  type ThrottleKey,
  type ThrottleState,
} from "./throttle-rules.ts";
import { clock } from "../time/clock.ts";

// Counters live in PostgreSQL so that every replica sees the same failures.

export async function readThrottle(db: Db, keys: ThrottleKey[]): Promise<ThrottleState> {
  const kinds = new Map(keys.map((k) => [k.key, k.kind]));
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: [...kinds.keys()] } },
    select: { key: true, failures: true, blockedUntil: true, windowStart: true },
  });
  return throttleState(
    rows.flatMap((row) => {
      const kind = kinds.get(row.key);
      return kind ? [{ ...row, kind }] : [];
    }),
    clock.now(),
  );
}

/**
 * Counts one failure against the key atomically and, for a key that may block, starts a block when
 * its limit is reached. The instants come from the portal's clock, not the database's, because
 * readThrottle compares them with that clock (the columns are `timestamp` holding UTC, hence the ISO
 * text and the cast).
 */
export async function recordFailure(db: Db, { kind, key }: ThrottleKey): Promise<void> {
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
  if (limit === null) return;
  await db.$executeRaw`
    UPDATE "SignInThrottle"
       SET "blockedUntil" = ${now}::timestamp + make_interval(mins => ${BLOCK_MINUTES}::int), "failures" = 0,
           "windowStart" = ${now}::timestamp
     WHERE "key" = ${key} AND "failures" >= ${limit}::int`;
}

export async function clearFailures(db: Db, keys: ThrottleKey[]): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: keys.map((k) => k.key) } } });
}
