import type { Db } from "../db/connection.ts";
import {
  BLOCK_AFTER,
  BLOCK_MINUTES,
  THROTTLE_WINDOW_MINUTES,
  attemptDelayMs,
  throttleKey,
  type ThrottleKind,
} from "./throttle-rules.ts";

// Counters live in PostgreSQL so that every replica sees the same failures.

export type ThrottleState = { blockedUntil: Date | null; delayMs: number };

type Row = { failures: number; blockedUntil: Date | null; windowStart: Date };

export async function readThrottle(db: Db, keys: { kind: ThrottleKind; value: string }[]): Promise<ThrottleState> {
  const now = new Date();
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

/** Counts one failure against the key atomically and starts a block when the limit is reached. */
export async function recordFailure(db: Db, kind: ThrottleKind, value: string): Promise<void> {
  const key = throttleKey(kind, value);
  const limit = BLOCK_AFTER[kind];
  await db.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt")
    VALUES (${key}, 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)
                        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)
                        THEN now() ELSE "SignInThrottle"."windowStart" END,
      "updatedAt" = now()`;
  await db.$executeRaw`
    UPDATE "SignInThrottle"
       SET "blockedUntil" = now() + make_interval(mins => ${BLOCK_MINUTES}::int), "failures" = 0, "windowStart" = now()
     WHERE "key" = ${key} AND "failures" >= ${limit}::int`;
}

export async function clearFailures(db: Db, kind: ThrottleKind, value: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKey(kind, value) } });
}
