// The sign-in throttle's account+address keys (lib/auth/throttle-rules.ts) read back: whose account
// and which address. Only those keys block an account; the account-only key merely slows it down.
import { accountAddressKey, accountKey } from "../auth/throttle-rules.ts";

const PAIR = "account+address:";

/** The key prefix of every block of one account (or of all accounts without a username). */
export function blockedKeyPrefix(username?: string): string {
  if (username === undefined) return PAIR;
  // The pair is a JSON array: `["name",` is what every address of this account starts with.
  return accountAddressKey(username, "").key.slice(0, -'""]'.length);
}

export function parseBlockedKey(key: string): { username: string; address: string } | null {
  if (!key.startsWith(PAIR)) return null;
  try {
    const pair: unknown = JSON.parse(key.slice(PAIR.length));
    if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && typeof pair[1] === "string")
      return { username: pair[0], address: pair[1] };
  } catch {
    // Not a key this module wrote: not an account block.
  }
  return null;
}

/** Where deleting ends every throttle of one account: its own counter and its blocks from every address. */
export function accountThrottleWhere(username: string) {
  return { OR: [{ key: accountKey(username).key }, { key: { startsWith: blockedKeyPrefix(username) } }] };
}
