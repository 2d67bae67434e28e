import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { loadSessionUser, signInWithPassword } from "@/lib/auth/sign-in";
import { recordFailure } from "@/lib/auth/throttle";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { setClock } from "@/lib/time/clock";
import { loadDemo } from "../support/demo";

// Failures, blocks and their windows are stamped by the clock and read against it.
let restoreClock: () => void;
beforeAll(() => {
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
});
afterAll(() => restoreClock());

const attempt = (username: string, password: string, address = "203.0.113.10") =>
  signInWithPassword(getDb(), { username, password, address });

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

  it("blocks an account after five failures, even with the right password, and says for how long", async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await attempt("officer1", `wrong-${i}`, `198.51.100.${i}`));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "INVALID")).toBe(true);
    expect(results[4]).toEqual({ ok: false, reason: "THROTTLED", minutes: 15 });
    expect(await attempt("officer1", "demo1234", "198.51.100.99")).toEqual({
      ok: false,
      reason: "THROTTLED",
      minutes: 15,
    });
    // Other accounts are not affected.
    expect((await attempt("chief", "demo1234", "198.51.100.98")).ok).toBe(true);
  }, 30_000);

  it("a success clears the account's earlier failures", async () => {
    await attempt("liaison2", "wrong", "192.0.2.50");
    await attempt("liaison2", "wrong", "192.0.2.50");
    expect((await attempt("liaison2", "demo1234", "192.0.2.50")).ok).toBe(true);
    const row = await getDb().signInThrottle.findUnique({ where: { key: "account:liaison2" } });
    expect(row).toBeNull();
  });

  it("refuses disabled accounts", async () => {
    await getDb().user.update({ where: { username: "officer2" }, data: { active: false } });
    expect(await attempt("officer2", "demo1234", "192.0.2.60")).toEqual({ ok: false, reason: "INVALID" });
    await getDb().user.update({ where: { username: "officer2" }, data: { active: true } });
  });

  it("verifies one password hash on every path, against the dummy hash when there is no usable account", async () => {
    const verified: string[] = [];
    const deps = {
      verify: async (hash: string, password: string) => {
        verified.push(hash);
        return verifyPassword(hash, password);
      },
      sleep: async () => {},
    };
    const signIn = async (username: string, password: string) => {
      verified.length = 0;
      const result = await signInWithPassword(getDb(), { username, password, address: "192.0.2.80" }, deps);
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
    for (let i = 0; i < 19; i++) await recordFailure(getDb(), "address", "203.0.113.200");
    expect(
      await signInWithPassword(getDb(), { username: "ghost", password: "x", address: "203.0.113.200" }),
    ).toMatchObject({
      reason: "THROTTLED",
    });
    expect(
      await signInWithPassword(getDb(), { username: "officer3", password: "demo1234", address: "203.0.113.200" }),
    ).toMatchObject({
      ok: false,
      reason: "THROTTLED",
    });
    expect((await signInWithPassword(getDb(), { username: "officer3", password: "demo1234", address: null })).ok).toBe(
      true,
    );
  }, 30_000);
});
