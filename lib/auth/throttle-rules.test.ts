import { describe, expect, it } from "vitest";
import {
  BLOCK_AFTER,
  accountAddressKey,
  accountKey,
  addressKey,
  attemptDelayMs,
  minutesUntil,
  signInThrottleKeys,
  throttleState,
  type ThrottleRow,
} from "./throttle-rules";

const now = new Date("2026-11-22T08:00:00Z");
const at = (iso: string) => new Date(iso);
const row = (r: Partial<ThrottleRow> & Pick<ThrottleRow, "kind">): ThrottleRow => ({
  failures: 0,
  windowStart: at("2026-11-22T07:55:00Z"),
  blockedUntil: null,
  ...r,
});

describe("sign-in throttle rules", () => {
  it("does not slow the first two failures, then doubles up to a cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(attemptDelayMs)).toEqual([0, 0, 500, 1000, 2000, 4000, 4000, 4000]);
  });

  it("rounds the remaining block up to whole minutes, at least one", () => {
    expect(minutesUntil(at("2026-11-22T08:14:01Z"), now)).toBe(15);
    expect(minutesUntil(at("2026-11-22T08:00:10Z"), now)).toBe(1);
    expect(minutesUntil(at("2026-11-22T07:59:00Z"), now)).toBe(1);
  });

  it("never blocks an account as such, only an account at an address and an address", () => {
    expect(BLOCK_AFTER).toEqual({ account: null, accountAddress: 5, address: 20 });
  });
});

describe("sign-in throttle keys", () => {
  it("counts an attempt against the account, the account at its address and the address", () => {
    expect(signInThrottleKeys("Admin", "203.0.113.7").map((k) => k.key)).toEqual([
      "account:admin",
      'account+address:["admin","203.0.113.7"]',
      "address:203.0.113.7",
    ]);
  });

  it("without a known address counts only against the account, which never blocks", () => {
    expect(signInThrottleKeys("admin", null)).toEqual([accountKey("admin")]);
  });

  it("keys case-insensitively, keeps kinds apart and cannot confuse two pairs", () => {
    expect(accountKey(" Officer1 ")).toEqual(accountKey("officer1"));
    expect(accountKey("x").key).not.toBe(addressKey("x").key);
    expect(accountAddressKey("a@b", "c").key).not.toBe(accountAddressKey("a", "b@c").key);
  });
});

describe("throttleState", () => {
  it("slows down but never blocks on the account's failures, even with a block left from earlier rules", () => {
    const account = row({ kind: "account", failures: 50, blockedUntil: at("2026-11-22T08:10:00Z") });
    expect(throttleState([account], now)).toEqual({ blockedUntil: null, delayMs: 4000 });
  });

  it("blocks while the account at this address or the address is blocked, taking the later end", () => {
    const pair = row({ kind: "accountAddress", blockedUntil: at("2026-11-22T08:10:00Z") });
    const address = row({ kind: "address", blockedUntil: at("2026-11-22T08:12:00Z") });
    expect(throttleState([pair], now).blockedUntil).toEqual(at("2026-11-22T08:10:00Z"));
    expect(throttleState([pair, address], now).blockedUntil).toEqual(at("2026-11-22T08:12:00Z"));
  });

  it("ignores ended blocks and failures from before the window", () => {
    const ended = row({ kind: "accountAddress", blockedUntil: at("2026-11-22T07:59:00Z") });
    const old = row({ kind: "account", failures: 9, windowStart: at("2026-11-22T07:40:00Z") });
    expect(throttleState([ended, old], now)).toEqual({ blockedUntil: null, delayMs: 0 });
  });

  it("delays by the key with the most recent failures", () => {
    const rows = [row({ kind: "account", failures: 3 }), row({ kind: "address", failures: 4 })];
    expect(throttleState(rows, now)).toEqual({ blockedUntil: null, delayMs: 2000 });
  });
});
