// Sign-in throttling rules, kept pure so they can be tested without a database.
import { clock } from "../time/clock.ts";

export const THROTTLE_WINDOW_MINUTES = 15;
export const BLOCK_MINUTES = 15;

export type ThrottleKind = "account" | "address";

/** Failures within the window after which a key is refused for BLOCK_MINUTES. */
export const BLOCK_AFTER: Record<ThrottleKind, number> = { account: 5, address: 20 };

/** Failures after which each further attempt is slowed down. */
const SLOW_AFTER = 2;
const MAX_DELAY_MS = 4_000;

/** Delay added before answering an attempt, growing with recent failures: 0, 0, 500 ms, 1 s, 2 s, 4 s … */
export function attemptDelayMs(recentFailures: number): number {
  if (recentFailures < SLOW_AFTER) return 0;
  return Math.min(MAX_DELAY_MS, 500 * 2 ** (recentFailures - SLOW_AFTER));
}

/** Whole minutes (at least 1) until a block ends, for the message shown to the user. */
export function minutesUntil(blockedUntil: Date, now: Date = clock.now()): number {
  return Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 60_000));
}

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.trim().toLowerCase()}`;
}
