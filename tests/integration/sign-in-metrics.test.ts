import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { verifyPassword } from "@/lib/auth/password";
import { metricsText } from "@/lib/metrics/registry";
import { registerAppMetrics } from "@/lib/metrics/app-metrics";
import { loadDemo } from "../support/demo";

const deps = { verify: verifyPassword, sleep: async () => {} };
const attempt = (username: string, password: string) =>
  signInWithPassword(getDb(), { username, password, address: "203.0.113.77" }, deps);

async function failures(): Promise<Record<string, number>> {
  const text = (await metricsText()).body;
  const counts: Record<string, number> = {};
  for (const [, reason, value] of text.matchAll(/^jqt_sign_in_failures_total\{reason="(\w+)"\} (\d+)$/gm)) {
    counts[reason!] = Number(value);
  }
  return counts;
}

describe("sign-in failure metrics", () => {
  beforeAll(async () => {
    await loadDemo();
    registerAppMetrics();
  });

  it("counts wrong passwords and throttled attempts, and not a successful sign-in", async () => {
    const before = await failures();
    expect((await attempt("Liaison1", "demo1234")).ok).toBe(true);
    expect(await failures()).toEqual(before);

    expect(await attempt("Liaison1", "wrong-password")).toMatchObject({ ok: false, reason: "INVALID" });
    expect(await attempt("nobody-by-this-name", "wrong-password")).toMatchObject({ ok: false, reason: "INVALID" });
    let after = await failures();
    expect((after.wrong_password ?? 0) - (before.wrong_password ?? 0)).toBe(2);

    // Five failures of one account from one address block the pair: the fifth is still a wrong
    // password (which answers "throttled"), the attempt after it is refused unchecked.
    for (let i = 0; i < 3; i++) await attempt("Liaison1", "wrong-password");
    expect(await attempt("Liaison1", "wrong-password")).toMatchObject({ ok: false, reason: "THROTTLED" });
    expect(await attempt("Liaison1", "demo1234")).toMatchObject({ ok: false, reason: "THROTTLED" });
    after = await failures();
    expect((after.wrong_password ?? 0) - (before.wrong_password ?? 0)).toBe(6);
    expect((after.throttled ?? 0) - (before.throttled ?? 0)).toBe(1);
  });
});
