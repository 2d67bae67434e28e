// Sign-in throttling rules, kept pure so they can be tested without a database.
import { clock } from "../time/clock.ts";

export const THROTTLE_WINDOW_MINUTES = 15;
export const BLOCK_MINUTES = 15;

/**
 * What failures are counted against:
 * - `account`: one username from anywhere. It only slows attempts down and never blocks, because
 *   anyone who knows a username (`admin`) could otherwise lock its owner out from their own machine.
 * - `accountAddress`: one username from one client address, the guesser's own pair: blocked outright.
 * - `address`: one client address across usernames: blocked outright, at a higher count.
 */
export type ThrottleKind = "account" | "accountAddress" | "address";

/** Failures within the window after which a key is refused for BLOCK_MINUTES; null: never. */
export const BLOCK_AFTER: Record<ThrottleKind, number | null> = { account: null, accountAddress: 5, address: 20 };

/** A row of the SignInThrottle table: `key` is its primary key. */
export type ThrottleKey = { kind: ThrottleKind; key: string };

const normal = (value: string) => value.trim().toLowerCase();

export function accountKey(username: string): ThrottleKey {
  return { kind: "account", key: `account:${normal(username)}` };
}

export function addressKey(address: string): ThrottleKey {
  return { kind: "address", key: `address:${normal(address)}` };
}

/** Usernames and addresses may hold any separator, so the pair is written as a JSON array. */
export function accountAddressKey(username: string, address: string): ThrottleKey {
  return { kind: "accountAddress", key: `account+address:${JSON.stringify([normal(username), normal(address)])}` };
}

/** The keys one attempt counts against: without a known address, only the (never blocking) account. */
export function signInThrottleKeys(username: string, address: string | null): ThrottleKey[] {
  if (!address) return [accountKey(username)];
  return [accountKey(username), accountAddressKey(username, address), addressKey(address)];
}

/** Failures after which each further attempt is slowed down. */
const SLOW_AFTER = 2;
const MAX_DELAY_MS = 4_000;

/** Delay added before answering an attempt, growing with recent failures: 0, 0, 500 ms, 1 s, 2 s, 4 s … */
export function attemptDelayMs(recentFailures: number): number {
  if (recentFailures < SLOW_AFTER) return 0;
  return Math.min(MAX_DELAY_MS, 500 * 2 ** (recentFailures - SLOW_AFTER));
}

export type ThrottleRow = { kind: ThrottleKind; failures: number; windowStart: Date; blockedUntil: Date | null };
export type ThrottleState = { blockedUntil: Date | null; delayMs: number };

/**
 * The latest running block among the keys that may block, and the delay for the most failures any key
 * has within the window. An account row's block is ignored, also one written before accounts stopped
 * blocking.
 */
export function throttleState(rows: ThrottleRow[], now: Date = clock.now()): ThrottleState {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  let blockedUntil: Date | null = null;
  let failures = 0;
  for (const row of rows) {
    const canBlock = BLOCK_AFTER[row.kind] !== null;
    if (canBlock && row.blockedUntil && row.blockedUntil > now && (!blockedUntil || row.blockedUntil > blockedUntil)) {
      blockedUntil = row.blockedUntil;
    }
    if (row.windowStart > windowStart) failures = Math.max(failures, row.failures);
  }
  return { blockedUntil, delayMs: attemptDelayMs(failures) };
}

/** Whole minutes (at least 1) until a block ends, for the message shown to the user. */
export function minutesUntil(blockedUntil: Date, now: Date = clock.now()): number {
  return Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 60_000));
}
