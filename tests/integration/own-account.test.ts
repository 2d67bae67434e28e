import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { getDb } from "@/lib/db";
import { executeAction, type ActionDefinition } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadSessionState, loadSessionUser, signInWithPassword } from "@/lib/auth/sign-in";
import { verifyPassword } from "@/lib/auth/password";
import { ownAccountActions } from "@/lib/account/actions-def";
import { getOwnAccount, getTwoFactorRequirement, getTwoFactorSetup, listOwnSignIns } from "@/lib/account/queries";
import { currentCode } from "@/lib/account/totp";
import { REQUIRE_TWO_FACTOR_KEY } from "@/lib/account/two-factor-requirement";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

const STRONG = "Lantern-Orbit-73-quietly";

// The action wrapper as a page would call it, with message keys instead of texts.
const run = <S extends z.ZodType, T>(user: SessionUser, def: ActionDefinition<S, T>, input: unknown = {}) =>
  runAs(user, def, input);

const deps = { verify: verifyPassword, sleep: async () => {} };
const signIn = (username: string, password: string, address: string, code?: string) =>
  signInWithPassword(getDb(), { username, password, code, address }, deps);

const userRow = (id: string) => getDb().user.findUniqueOrThrow({ where: { id } });
const auditOf = (action: string, actorId: string) => getDb().auditEvent.count({ where: { action, actorId } });

/** Sets two-factor sign-in up for a user through the actions and returns the secret and recovery codes. */
async function enrol(user: SessionUser) {
  expect(await run(user, ownAccountActions.startTwoFactor)).toEqual({ ok: true, data: null });
  const setup = await getTwoFactorSetup(user);
  if (!setup) throw new Error("no set-up");
  const secret = setup.key.replace(/\s/g, "");
  const confirmed = await run(user, ownAccountActions.confirmTwoFactor, { code: currentCode(secret, clock.now()) });
  if (!confirmed.ok) throw new Error(`confirm failed: ${confirmed.message}`);
  return { secret, recoveryCodes: confirmed.data.recoveryCodes };
}

let restoreClock: () => void;
let admin: SessionUser;
let chief: SessionUser;
let officer: SessionUser;
let liaison: SessionUser;

beforeAll(async () => {
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
  await loadDemo();
  [admin, chief, officer, liaison] = await Promise.all([
    sessionUserOf("admin"),
    sessionUserOf("chief"),
    sessionUserOf("officer1"),
    sessionUserOf("liaison1"),
  ]);
});
afterAll(() => restoreClock());

describe("changing one's password", () => {
  it("refuses a wrong current password, a weak or mistyped new one, and changes nothing", async () => {
    const before = await userRow(officer.id);
    const wrong = await run(officer, ownAccountActions.changePassword, {
      currentPassword: "nope",
      newPassword: STRONG,
      confirmPassword: STRONG,
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["account.errors.currentWrong"] } });
    for (const weak of ["short1", "woaini5201314", "qwertyuiop123", `${officer.username}${officer.username}`]) {
      const result = await run(officer, ownAccountActions.changePassword, {
        currentPassword: "demo1234",
        newPassword: weak,
        confirmPassword: weak,
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.newPassword?.[0]).toMatch(/^validation\.password\./);
    }
    const mistyped = await run(officer, ownAccountActions.changePassword, {
      currentPassword: "demo1234",
      newPassword: STRONG,
      confirmPassword: `${STRONG}x`,
    });
    expect(mistyped).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["account.errors.confirmMismatch"] } });
    const after = await userRow(officer.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.tokenVersion).toBe(before.tokenVersion);
  });

  it("changes it, ends the other sessions, audits, and then refuses the old password as the new one", async () => {
    const before = await userRow(officer.id);
    const changed = await run(officer, ownAccountActions.changePassword, {
      currentPassword: "demo1234",
      newPassword: STRONG,
      confirmPassword: STRONG,
    });
    expect(changed).toEqual({ ok: true, data: { from: before.tokenVersion, to: before.tokenVersion + 1 } });
    expect(await loadSessionUser(getDb(), officer.id, before.tokenVersion)).toBeNull();
    expect(await loadSessionUser(getDb(), officer.id, before.tokenVersion + 1)).toMatchObject({ id: officer.id });
    expect(await auditOf("account.passwordChange", officer.id)).toBe(1);
    expect((await signIn("officer1", "demo1234", "198.51.100.201")).ok).toBe(false);
    expect((await signIn("officer1", STRONG, "198.51.100.201")).ok).toBe(true);

    const same = await run(officer, ownAccountActions.changePassword, {
      currentPassword: STRONG,
      newPassword: STRONG,
      confirmPassword: STRONG,
    });
    expect(same).toMatchObject({ ok: false, fieldErrors: { newPassword: ["account.errors.sameAsOld"] } });
  });
});

describe("language, sessions and sign-in history", () => {
  it("stores the preferred language and refuses unknown ones", async () => {
    expect(await run(liaison, ownAccountActions.setPreferredLocale, { locale: "en" })).toEqual({
      ok: true,
      data: { locale: "en" },
    });
    expect((await userRow(liaison.id)).locale).toBe("en");
    expect((await getOwnAccount(liaison))?.locale).toBe("en");
    expect(await run(liaison, ownAccountActions.setPreferredLocale, { locale: "fr" })).toMatchObject({
      ok: false,
      fieldErrors: { locale: ["errors.invalidField"] },
    });
    expect((await userRow(liaison.id)).locale).toBe("en");
  });

  it("signs out everywhere by moving the token version on", async () => {
    const { tokenVersion } = await userRow(liaison.id);
    expect(await run(liaison, ownAccountActions.signOutEverywhere)).toEqual({
      ok: true,
      data: { from: tokenVersion, to: tokenVersion + 1 },
    });
    expect(await loadSessionUser(getDb(), liaison.id, tokenVersion)).toBeNull();
    expect(await auditOf("account.signOutEverywhere", liaison.id)).toBe(1);
  });

  it("records sign-ins of known accounts with address and outcome, never unknown usernames", async () => {
    const events = () => getDb().signInEvent.count();
    const before = await events();
    await signIn("nobody-at-all", "whatever", "203.0.113.50");
    expect(await events()).toBe(before);

    await signIn("liaison1", "wrong-password", "203.0.113.51");
    restoreClock();
    restoreClock = setClock("2026-03-10T10:01:00+08:00");
    await signIn("liaison1", "demo1234", "203.0.113.52");
    const own = await listOwnSignIns(liaison);
    expect(own.slice(0, 2)).toMatchObject([
      { address: "203.0.113.52", outcome: "SUCCESS" },
      { address: "203.0.113.51", outcome: "WRONG_PASSWORD" },
    ]);
    // Only the owner's events: the officer's list has none of these.
    expect((await listOwnSignIns(officer)).some((e) => e.address?.startsWith("203.0.113.5"))).toBe(false);
    const stored = await getDb().signInEvent.findMany({ where: { userId: liaison.id } });
    expect(JSON.stringify(stored)).not.toContain("wrong-password");
  });
});

describe("two-factor sign-in", () => {
  it("is set up with a code from the app and gives ten recovery codes once; the secret is stored encrypted", async () => {
    expect(await run(chief, ownAccountActions.startTwoFactor)).toEqual({ ok: true, data: null });
    const setup = await getTwoFactorSetup(chief);
    expect(setup?.qrSvg).toMatch(/^<svg/);
    const secret = setup!.key.replace(/\s/g, "");
    expect((await userRow(chief.id)).totpSecret).not.toContain(secret);
    expect((await getOwnAccount(chief))?.twoFactor).toBe("SETTING_UP");
    // Not yet in force: the password alone still signs in.
    expect((await signIn("chief", "demo1234", "198.51.100.210")).ok).toBe(true);

    const wrong = await run(chief, ownAccountActions.confirmTwoFactor, { code: "000000" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { code: ["account.errors.codeInvalid"] } });
    const confirmed = await run(chief, ownAccountActions.confirmTwoFactor, { code: currentCode(secret, clock.now()) });
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    expect(await getTwoFactorSetup(chief)).toBeNull();
    expect(await getOwnAccount(chief)).toMatchObject({ twoFactor: "ON", recoveryCodesLeft: 10 });
    const stored = await getDb().recoveryCode.findMany({ where: { userId: chief.id } });
    expect(stored.map((r) => r.codeHash)).not.toContain(confirmed.data.recoveryCodes[0]);
    expect(await auditOf("account.twoFactorOn", chief.id)).toBe(1);
    expect(await run(chief, ownAccountActions.startTwoFactor)).toMatchObject({
      ok: false,
      message: "account.errors.twoFactorAlreadyOn",
    });
  });

  it("asks for the code after the right password only, refuses wrong and replayed codes, and counts them as failures", async () => {
    const secret = (await enrolledSecret(officer)).secret;
    const address = "198.51.100.220";
    expect(await signIn("officer1", "bad", address)).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn("officer1", STRONG, address)).toEqual({ ok: false, reason: "CODE_REQUIRED" });
    expect(await signIn("officer1", STRONG, address, "123456")).toEqual({ ok: false, reason: "CODE_INVALID" });
    const throttle = await getDb().signInThrottle.findMany({ where: { key: { contains: "officer1" } } });
    expect(throttle.some((t) => t.failures >= 2)).toBe(true);

    // The confirmation used this step's code; the next step's code signs in once, not twice.
    restoreClock();
    restoreClock = setClock(new Date(Date.parse("2026-03-10T10:01:00+08:00") + 30_000));
    const code = currentCode(secret, clock.now());
    const first = await signIn("officer1", STRONG, address, code);
    expect(first.ok).toBe(true);
    expect(await signIn("officer1", STRONG, "198.51.100.221", code)).toEqual({ ok: false, reason: "CODE_INVALID" });
    const outcomes = (await listOwnSignIns(officer)).slice(0, 4).map((e) => e.outcome);
    expect(outcomes.toSorted()).toEqual(["SUCCESS", "WRONG_CODE", "WRONG_CODE", "WRONG_PASSWORD"]);
  });

  it("takes each recovery code once", async () => {
    const { recoveryCodes } = await enrolledSecret(officer);
    const code = recoveryCodes[3]!.toUpperCase();
    expect((await signIn("officer1", STRONG, "198.51.100.230", code)).ok).toBe(true);
    expect(await signIn("officer1", STRONG, "198.51.100.231", code)).toEqual({ ok: false, reason: "CODE_INVALID" });
    expect((await getOwnAccount(officer))?.recoveryCodesLeft).toBe(9);
  });

  it("is turned off with the current password only, which drops the recovery codes", async () => {
    expect(await run(officer, ownAccountActions.disableTwoFactor, { currentPassword: "nope" })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["account.errors.currentWrong"] },
    });
    expect((await getOwnAccount(officer))?.twoFactor).toBe("ON");
    expect(await run(officer, ownAccountActions.disableTwoFactor, { currentPassword: STRONG })).toEqual({
      ok: true,
      data: null,
    });
    expect(await getOwnAccount(officer)).toMatchObject({ twoFactor: "OFF", recoveryCodesLeft: 0 });
    expect(await getDb().recoveryCode.count({ where: { userId: officer.id } })).toBe(0);
    expect((await userRow(officer.id)).totpSecret).toBeNull();
    expect((await signIn("officer1", STRONG, "198.51.100.240")).ok).toBe(true);
    expect(await auditOf("account.twoFactorOff", officer.id)).toBe(1);
  });
});

const enrolments = new Map<string, { secret: string; recoveryCodes: string[] }>();
/** Enrols once per user within this file and remembers the result. */
async function enrolledSecret(user: SessionUser) {
  const known = enrolments.get(user.id);
  if (known) return known;
  const fresh = await enrol(user);
  enrolments.set(user.id, fresh);
  return fresh;
}

describe("the bureau's two-factor requirement", () => {
  it("is set by administrators only, who must use two-factor sign-in themselves first", async () => {
    for (const user of [chief, officer, liaison, await sessionUserOf("city")]) {
      expect(await run(user, ownAccountActions.setTwoFactorRequirement, { required: "yes" })).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
      expect(await getTwoFactorRequirement(user)).toBeNull();
    }
    expect(await run(admin, ownAccountActions.setTwoFactorRequirement, { required: "yes" })).toMatchObject({
      ok: false,
      message: "account.errors.enrolFirst",
    });
    expect(await getTwoFactorRequirement(admin)).toEqual({ required: false });
    await enrol(admin);
    expect(await run(admin, ownAccountActions.setTwoFactorRequirement, { required: "yes" })).toEqual({
      ok: true,
      data: null,
    });
    expect(await getTwoFactorRequirement(admin)).toEqual({ required: true });
    const audit = await getDb().auditEvent.findFirst({
      where: { action: "settings.requireTwoFactor", actorId: admin.id },
    });
    expect(audit).toMatchObject({
      entityId: REQUIRE_TWO_FACTOR_KEY,
      before: { required: false },
      after: { required: true },
    });
  });

  it("keeps chiefs and administrators without a second factor in the set-up until they have one, not others", async () => {
    // A second chief of the same bureau, without two-factor sign-in.
    const db = getDb();
    const template = await userRow(chief.id);
    const other = await db.user.create({
      data: {
        bureauId: template.bureauId,
        username: "chief-two",
        name: "副局长",
        passwordHash: template.passwordHash,
        role: "CHIEF",
      },
    });
    const signedIn = await signIn("chief-two", "demo1234", "198.51.100.250");
    expect(signedIn).toMatchObject({ ok: true, twoFactorPending: true });
    expect(await loadSessionState(db, other.id, other.tokenVersion)).toMatchObject({ twoFactorPending: true });
    // Officers and liaisons are not covered.
    const { tokenVersion } = await userRow(liaison.id);
    expect(await loadSessionState(db, liaison.id, tokenVersion)).toMatchObject({ twoFactorPending: false });

    const chiefTwo = await sessionUserOf("chief-two");
    await enrol(chiefTwo);
    expect(await loadSessionState(db, other.id, other.tokenVersion)).toMatchObject({ twoFactorPending: false });
    // While required, it cannot be turned off.
    expect(await run(chiefTwo, ownAccountActions.disableTwoFactor, { currentPassword: "demo1234" })).toMatchObject({
      ok: false,
      message: "account.errors.twoFactorRequired",
    });
    expect((await getOwnAccount(chiefTwo))?.twoFactor).toBe("ON");
  });

  it("applies to its own bureau only", async () => {
    const db = getDb();
    const bureau = await db.bureau.create({
      data: { code: "acct-other", name: "另一县公安局", nameEn: "Other County PSB" },
    });
    const template = await userRow(chief.id);
    const outsider = await db.user.create({
      data: {
        bureauId: bureau.id,
        username: "other-chief",
        name: "外县局长",
        passwordHash: template.passwordHash,
        role: "CHIEF",
      },
    });
    expect(await loadSessionState(db, outsider.id, outsider.tokenVersion)).toMatchObject({ twoFactorPending: false });
  });
});

describe("own-account actions for every role", () => {
  it("lets every role use their own account and changes nobody else's", async () => {
    const everyone = [admin, chief, officer, liaison, await sessionUserOf("city")];
    for (const user of everyone) {
      const before = await Promise.all(everyone.map((u) => userRow(u.id)));
      expect((await run(user, ownAccountActions.setPreferredLocale, { locale: "zh-CN" })).ok).toBe(true);
      expect((await run(user, ownAccountActions.signOutEverywhere)).ok).toBe(true);
      const after = await Promise.all(everyone.map((u) => userRow(u.id)));
      everyone.forEach((other, i) => {
        const moved = after[i]!.tokenVersion - before[i]!.tokenVersion;
        expect(moved).toBe(other.id === user.id ? 1 : 0);
      });
    }
  });

  it("acts on the signed-in user's own row whatever ids the input carries", async () => {
    const before = await userRow(officer.id);
    await run(liaison, ownAccountActions.setPreferredLocale, { locale: "en", userId: officer.id, id: officer.id });
    expect((await userRow(officer.id)).locale).toBe(before.locale);
    expect((await userRow(liaison.id)).locale).toBe("en");
  });

  it("refuses a foreign origin and a missing session", async () => {
    const before = await userRow(liaison.id);
    const def = ownAccountActions.signOutEverywhere;
    expect(await executeAction(def, {}, { user: liaison, sameOrigin: false, t: (k) => k })).toMatchObject({
      ok: false,
    });
    expect(await executeAction(def, {}, { user: null, sameOrigin: true, t: (k) => k })).toMatchObject({ ok: false });
    expect((await userRow(liaison.id)).tokenVersion).toBe(before.tokenVersion);
  });
});
