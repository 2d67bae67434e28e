import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { loadSessionUser, signInWithPassword } from "@/lib/auth/sign-in";
import { recordFailure } from "@/lib/auth/throttle";
import { addressKey } from "@/lib/auth/throttle-rules";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { setClock } from "@/lib/time/clock";
import { loadDemo } from "../support/demo";

// Failures, blocks and their windows are stamped by the clock and read against it.
let restoreClock: () => void;
beforeAll(() => {
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
});
afterAll(() => restoreClock());

// The slowdown is recorded instead of waited out, so that twenty attempts take no minutes.
const delays: number[] = [];
const deps = {
  verify: verifyPassword,
  sleep: async (ms: number) => {
    delays.push(ms);
  },
};
const attempt = (username: string, password: string, address: string | null = "203.0.113.10") =>
  signInWithPassword(getDb(), { username, password, address }, deps);
/** The wait before the next attempt's answer, or 0. */
const delayOf = async (run: () => Promise<unknown>) => {
  delays.length = 0;
  await run();
  return delays.reduce((a, b) => a + b, 0);
};

describe("sign-in", () => {
  beforeAll(loadDemo);

  it("accepts a demo account and returns its role and scope", async () => {
    const result = await attempt("Liaison1", "demo1234");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.username).toBe("liaison1");
    expect(result.user.role).toBe("LIAISON");
    expect(result.user.enterpriseId).toBeTruthy();
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await attempt("officer2", "nope")).toEqual({ ok: false, reason: "INVALID" });
    expect(await attempt("nobody", "demo1234", "203.0.113.11")).toEqual({ ok: false, reason: "INVALID" });
  });

  it("blocks an account at one address after five failures, even with the right password, and says for how long", async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await attempt("officer1", `wrong-${i}`, "198.51.100.1"));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "INVALID")).toBe(true);
    expect(results[4]).toEqual({ ok: false, reason: "THROTTLED", minutes: 15 });
    expect(await attempt("officer1", "demo1234", "198.51.100.1")).toEqual({
      ok: false,
      reason: "THROTTLED",
      minutes: 15,
    });
    // Other accounts are not affected.
    expect((await attempt("chief", "demo1234", "198.51.100.98")).ok).toBe(true);
  });

  it("never blocks an account tried from many addresses or from an unknown one, but slows it down", async () => {
    for (let i = 0; i < 10; i++) {
      expect(await attempt("liaison1", `wrong-${i}`, `198.51.100.${10 + i}`)).toEqual({ ok: false, reason: "INVALID" });
    }
    for (let i = 0; i < 10; i++)
      expect(await attempt("liaison1", `wrong-${i}`, null)).toEqual({ ok: false, reason: "INVALID" });
    expect(await delayOf(async () => expect((await attempt("liaison1", "demo1234", null)).ok).toBe(true))).toBe(4000);
  });

  it("an attacker failing twenty times at one address does not lock the real admin out at another", async () => {
    const attacker = [];
    for (let i = 0; i < 20; i++) attacker.push(await attempt("admin", `guess-${i}`, "203.0.113.66"));
    expect(attacker.filter((r) => !r.ok && r.reason === "INVALID")).toHaveLength(4);
    expect(attacker.at(-1)).toEqual({ ok: false, reason: "THROTTLED", minutes: 15 });

    // Beyond the account's slowdown (at most 4 s), the admin at their own desk signs in.
    let own: Awaited<ReturnType<typeof attempt>> | undefined;
    const waited = await delayOf(async () => {
      own = await attempt("admin", "demo1234", "192.0.2.10");
    });
    expect(own?.ok).toBe(true);
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(4000);
    // The attacker's address stays blocked for this account.
    expect(await attempt("admin", "demo1234", "203.0.113.66")).toMatchObject({ reason: "THROTTLED" });
  });

  it("a success clears the account's earlier failures", async () => {
    await attempt("liaison2", "wrong", "192.0.2.50");
    await attempt("liaison2", "wrong", "192.0.2.50");
    expect((await attempt("liaison2", "demo1234", "192.0.2.50")).ok).toBe(true);
    const rows = await getDb().signInThrottle.findMany({ where: { key: { contains: "liaison2" } } });
    expect(rows).toEqual([]);
    // The address keeps its count: a good password for one account does not excuse guesses at others.
    expect(await getDb().signInThrottle.findUnique({ where: { key: "address:192.0.2.50" } })).toMatchObject({
      failures: 2,
    });
  });

  it("refuses disabled accounts", async () => {
    await getDb().user.update({ where: { username: "officer2" }, data: { active: false } });
    expect(await attempt("officer2", "demo1234", "192.0.2.60")).toEqual({ ok: false, reason: "INVALID" });
    await getDb().user.update({ where: { username: "officer2" }, data: { active: true } });
  });

  it("verifies one password hash on every path, against the dummy hash when there is no usable account", async () => {
    const verified: string[] = [];
    const counting = {
      verify: async (hash: string, password: string) => {
        verified.push(hash);
        return verifyPassword(hash, password);
      },
      sleep: async () => {},
    };
    const signIn = async (username: string, password: string) => {
      verified.length = 0;
      const result = await signInWithPassword(getDb(), { username, password, address: "192.0.2.80" }, counting);
      return { result, verified: [...verified] };
    };
    const { passwordHash: ownHash } = await getDb().user.findUniqueOrThrow({ where: { username: "officer3" } });

    expect(await signIn("nobody-here", "demo1234")).toEqual({
      result: { ok: false, reason: "INVALID" },
      verified: [DUMMY_PASSWORD_HASH],
    });
    expect(await signIn("officer3", "wrong")).toEqual({
      result: { ok: false, reason: "INVALID" },
      verified: [ownHash],
    });
    await getDb().user.update({ where: { username: "officer3" }, data: { active: false } });
    expect(await signIn("officer3", "demo1234")).toEqual({
      result: { ok: false, reason: "INVALID" },
      verified: [DUMMY_PASSWORD_HASH],
    });
    await getDb().user.update({ where: { username: "officer3" }, data: { active: true } });
    const right = await signIn("officer3", "demo1234");
    expect(right.result.ok).toBe(true);
    expect(right.verified).toEqual([ownHash]);
  });

  it("keeps one verification per attempt for two-factor accounts and says nothing of the code before the password is right", async () => {
    const verified: string[] = [];
    const counting = {
      verify: async (hash: string, password: string) => {
        verified.push(hash);
        return verifyPassword(hash, password);
      },
      sleep: async () => {},
    };
    const db = getDb();
    const { id, passwordHash } = await db.user.findUniqueOrThrow({ where: { username: "liaison2" } });
    await db.user.update({ where: { id }, data: { totpSecret: "sealed", totpEnabledAt: new Date() } });
    const signIn = async (password: string, code?: string) => {
      verified.length = 0;
      const result = await signInWithPassword(
        db,
        { username: "liaison2", password, code, address: "192.0.2.90" },
        counting,
      );
      return { result, verified: [...verified] };
    };
    // A wrong password gets the same answer as for any account: whether it uses a second factor stays hidden.
    expect(await signIn("wrong", "123456")).toEqual({
      result: { ok: false, reason: "INVALID" },
      verified: [passwordHash],
    });
    expect(await signIn("demo1234")).toEqual({
      result: { ok: false, reason: "CODE_REQUIRED" },
      verified: [passwordHash],
    });
    expect(await signIn("demo1234", "123456")).toEqual({
      result: { ok: false, reason: "CODE_INVALID" },
      verified: [passwordHash],
    });
    await db.user.update({ where: { id }, data: { totpSecret: null, totpEnabledAt: null } });
  });

  it("ends sessions whose token version moved on or whose account was disabled", async () => {
    const signedIn = await attempt("admin", "demo1234", "192.0.2.70");
    if (!signedIn.ok) throw new Error("sign-in failed");
    const { id } = signedIn.user;
    expect(await loadSessionUser(getDb(), id, signedIn.tokenVersion)).toMatchObject({ username: "admin" });
    await getDb().user.update({ where: { id }, data: { tokenVersion: { increment: 1 } } });
    expect(await loadSessionUser(getDb(), id, signedIn.tokenVersion)).toBeNull();
    await getDb().user.update({ where: { id }, data: { active: false } });
    expect(await loadSessionUser(getDb(), id, signedIn.tokenVersion + 1)).toBeNull();
  });
});

describe("sign-in throttling per address", () => {
  beforeAll(loadDemo);

  it("blocks an address after twenty failures across accounts, but never blocks an unknown address", async () => {
    // Nineteen failures counted directly (signing in would add the growing delays), the twentieth through sign-in.
    for (let i = 0; i < 19; i++) await recordFailure(getDb(), addressKey("203.0.113.200"));
    expect(await attempt("ghost", "x", "203.0.113.200")).toMatchObject({ reason: "THROTTLED" });
    expect(await attempt("officer3", "demo1234", "203.0.113.200")).toMatchObject({ ok: false, reason: "THROTTLED" });
    expect((await attempt("officer3", "demo1234", null)).ok).toBe(true);
  }, 30_000);
});
