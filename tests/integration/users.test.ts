import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { ActionResult } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadSessionUser, signInWithPassword } from "@/lib/auth/sign-in";
import { recordFailure } from "@/lib/auth/throttle";
import { accountAddressKey, accountKey } from "@/lib/auth/throttle-rules";
import { verifyPassword } from "@/lib/auth/password";
import { setClock } from "@/lib/time/clock";
import { userActions } from "@/lib/users/actions-def";
import { setPasswordWithToken } from "@/lib/users/commands";
import type { CreatedAccount } from "@/lib/users/commands";
import type { Delivery } from "@/lib/users/delivery";
import { setPasswordLinkSender } from "@/lib/users/delivery";
import {
  accountFormOptions,
  getAccount,
  listAccounts,
  listBlockedAccounts,
  passwordLinkFor,
} from "@/lib/users/queries";
import { setPasswordThroughLink } from "@/lib/users/public-action";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

const START = new Date("2026-03-10T10:00:00+08:00");
const STRONG = "Plum-Orchard-Quietly-47!";
const deps = { verify: verifyPassword, sleep: async () => {} };

let restoreClock: () => void;
let admin: SessionUser;
let chief: SessionUser;
let officer: SessionUser;
let liaison: SessionUser;
let otherAdmin: SessionUser; // administrator of a second county
let otherUserId: string; // an officer of that county
let stationId: string;
let otherStationId: string;
let enterpriseId: string;

const db = () => getDb();
const tokenOf = (delivery: Delivery) => {
  if (delivery.channel !== "shown") throw new Error("expected the link to be shown");
  return delivery.path.replace("/reset/", "");
};
const seenOf = async (userId: string) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId } })).updatedAt.toISOString();
const tokenVersionOf = async (userId: string) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId } })).tokenVersion;
const ok = <T>(result: ActionResult<T>): T => {
  if (!result.ok) throw new Error(`refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
};

async function createOfficer(username: string, by: SessionUser = admin): Promise<CreatedAccount> {
  return ok(await runAs(by, userActions.create, { username, role: "OFFICER", name: "王立", stationId }));
}

describe("account administration", () => {
  beforeAll(async () => {
    restoreClock = setClock(START);
    await loadDemo();
    admin = await sessionUserOf("admin");
    chief = await sessionUserOf("chief");
    officer = await sessionUserOf("officer1");
    liaison = await sessionUserOf("liaison1");
    stationId = officer.stationId ?? (await db().station.findFirstOrThrow({ where: { bureauId: admin.bureauId } })).id;
    enterpriseId = liaison.enterpriseId!;
    const bureau = await db().bureau.create({ data: { code: "users-other", name: "另一县公安局", nameEn: "Other" } });
    otherStationId = (
      await db().station.create({ data: { bureauId: bureau.id, code: "users-other-s", name: "外所", nameEn: "Other" } })
    ).id;
    const other = await db().user.create({
      data: {
        bureauId: bureau.id,
        username: "users-other-admin",
        name: "外县管理员",
        passwordHash: "-",
        role: "ADMIN",
      },
    });
    otherAdmin = { ...admin, id: other.id, username: other.username, bureauId: bureau.id };
    otherUserId = (
      await db().user.create({
        data: {
          bureauId: bureau.id,
          username: "users-other-officer",
          name: "外县民警",
          passwordHash: "-",
          role: "OFFICER",
          stationId: otherStationId,
        },
      })
    ).id;
  });

  afterAll(() => restoreClock());

  describe("who may do what", () => {
    it("refuses every action to officers, liaisons and chiefs, and changes nothing", async () => {
      const target = officer.id;
      const seen = await seenOf(target);
      const inputs: Record<keyof typeof userActions, unknown> = {
        create: { username: "intruder", role: "ADMIN", name: "x" },
        update: { userId: target, seen, username: "officer1", role: "ADMIN", name: "x" },
        setActive: { userId: target, seen, active: "false" },
        issuePasswordLink: { userId: target },
        unlock: { userId: target },
        resetTwoFactor: { userId: target },
        signOutAllApps: { userId: target },
        inviteLiaison: { enterpriseId, username: "intruder2", name: "x" },
      };
      const [users, audits, tokens] = await Promise.all([
        db().user.count(),
        db().auditEvent.count(),
        db().passwordToken.count(),
      ]);
      for (const who of [officer, liaison, chief]) {
        for (const [name, input] of Object.entries(inputs)) {
          const def = userActions[name as keyof typeof userActions];
          const result = await runAs(who, def as typeof userActions.unlock, input);
          expect(result, `${who.role} ${name}`).toEqual({ ok: false, code: "forbidden", message: "errors.forbidden" });
        }
      }
      expect(await db().user.count()).toBe(users);
      expect(await db().auditEvent.count()).toBe(audits);
      expect(await db().passwordToken.count()).toBe(tokens);
      expect(await seenOf(target)).toBe(seen);
    });

    it("lets a chief read the bureau's accounts, and nobody another county's", async () => {
      const list = await listAccounts(chief, {});
      expect(list.total).toBeGreaterThan(3);
      expect(list.rows.map((r) => r.username)).toContain("admin");
      expect(list.rows.map((r) => r.username)).not.toContain("users-other-officer");
      expect(await getAccount(chief, officer.id)).toMatchObject({ username: "officer1" });
      expect(await getAccount(admin, otherUserId)).toBeNull();
      expect((await listAccounts(otherAdmin, {})).rows.map((r) => r.username)).not.toContain("admin");
    });

    it("answers an administrator's change to another county's account with not found", async () => {
      const seen = await seenOf(otherUserId);
      const before = await db().user.findUniqueOrThrow({ where: { id: otherUserId } });
      const refused = { ok: false, code: "notFound", message: "errors.notFound" };
      expect(
        await runAs(admin, userActions.update, {
          userId: otherUserId,
          seen,
          username: "users-other-officer",
          role: "OFFICER",
          name: "改名",
          stationId: otherStationId,
        }),
      ).toEqual(refused);
      expect(await runAs(admin, userActions.setActive, { userId: otherUserId, seen, active: "false" })).toEqual(
        refused,
      );
      expect(await runAs(admin, userActions.issuePasswordLink, { userId: otherUserId })).toEqual(refused);
      expect(await runAs(admin, userActions.unlock, { userId: otherUserId })).toEqual(refused);
      expect(await db().user.findUniqueOrThrow({ where: { id: otherUserId } })).toEqual(before);
      // Nor may an account be placed in another county's station.
      const placed = await runAs(admin, userActions.create, {
        username: "misplaced",
        role: "OFFICER",
        name: "x",
        stationId: otherStationId,
      });
      expect(placed).toMatchObject({ ok: false, fieldErrors: { stationId: ["users.errors.stationUnknown"] } });
    });
  });

  describe("creating and editing", () => {
    it("creates an officer with an invitation, audited with the administrator as actor", async () => {
      const created = await createOfficer("Wang.Li");
      expect(created.username).toBe("wang.li");
      expect(created.delivery).toMatchObject({ channel: "shown", path: expect.stringMatching(/^\/reset\/[\w-]{43}$/) });
      const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: created.id } });
      expect(audit.actorId).toBe(admin.id);
      const link = await passwordLinkFor(tokenOf(created.delivery));
      expect(link).toMatchObject({ state: "valid", purpose: "INVITE", username: "wang.li" });
      // No password yet: nothing signs in until the invitation is used.
      expect((await signInWithPassword(db(), { username: "wang.li", password: "", address: null }, deps)).ok).toBe(
        false,
      );
    });

    it("treats usernames without regard to case, here and at sign-in", async () => {
      for (const username of ["WANG.LI", "Officer1"]) {
        const result = await runAs(admin, userActions.create, { username, role: "OFFICER", name: "x", stationId });
        expect(result).toMatchObject({ ok: false, fieldErrors: { username: ["users.errors.usernameTaken"] } });
      }
      const signedIn = await signInWithPassword(
        db(),
        { username: "OFFICER1", password: "demo1234", address: null },
        deps,
      );
      expect(signedIn.ok).toBe(true);
      await expect(
        db().user.create({
          data: { bureauId: admin.bureauId, username: "MiXed", name: "x", passwordHash: "", role: "ADMIN" },
        }),
      ).rejects.toThrow();
    });

    it("offers and accepts only stations and departments in use", async () => {
      const station = await db().station.create({
        data: { bureauId: admin.bureauId, code: "users-closed", name: "已撤并派出所", nameEn: "Closed", active: false },
      });
      const department = await db().department.create({
        data: { bureauId: admin.bureauId, code: "USERS_CLOSED", name: "已撤并部门", nameEn: "Closed", active: false },
      });
      const options = await accountFormOptions(admin);
      expect(options.stations.map((o) => o.id)).not.toContain(station.id);
      expect(options.departments.map((o) => o.id)).not.toContain(department.id);
      const before = await db().user.count();
      const atStation = await runAs(admin, userActions.create, {
        username: "closed-station",
        role: "OFFICER",
        name: "x",
        stationId: station.id,
      });
      expect(atStation).toMatchObject({ ok: false, fieldErrors: { stationId: ["users.errors.stationUnknown"] } });
      const inDepartment = await runAs(admin, userActions.create, {
        username: "closed-department",
        role: "OFFICER",
        name: "x",
        departmentId: department.id,
      });
      expect(inDepartment).toMatchObject({
        ok: false,
        fieldErrors: { departmentId: ["users.errors.departmentUnknown"] },
      });
      expect(await db().user.count()).toBe(before);
    });

    it("answers bad input at the field", async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ username: "a", role: "OFFICER", name: "x", stationId }, "username", "users.errors.username"],
        [{ username: "has space", role: "OFFICER", name: "x", stationId }, "username", "users.errors.username"],
        [{ username: "no-station", role: "OFFICER", name: "x" }, "stationId", "users.errors.stationRequired"],
        [{ username: "no-firm", role: "LIAISON", name: "x" }, "enterpriseId", "users.errors.enterpriseRequired"],
        [{ username: "no-name", role: "CHIEF", name: " " }, "name", "users.errors.nameRequired"],
        [{ username: "bad-role", role: "ROOT", name: "x" }, "role", "users.errors.role"],
        [{ username: "bad-phone", role: "CHIEF", name: "x", phone: "12345" }, "phone", "validation.mobile.format"],
      ];
      for (const [input, field, message] of cases) {
        const result = await runAs(admin, userActions.create, input);
        expect(result, JSON.stringify(input)).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
      }
    });

    it("ends sessions on a change of role or station, not of a name", async () => {
      const created = await createOfficer("tv-check");
      const base = { userId: created.id, username: "tv-check", role: "OFFICER", name: "王立", stationId };
      const tv0 = await tokenVersionOf(created.id);
      expect(await loadSessionUser(db(), created.id, tv0)).not.toBeNull();

      ok(await runAs(admin, userActions.update, { ...base, name: "王立新", seen: await seenOf(created.id) }));
      expect(await tokenVersionOf(created.id)).toBe(tv0);

      const station2 = await db().station.findFirstOrThrow({
        where: { bureauId: admin.bureauId, id: { not: stationId } },
      });
      ok(
        await runAs(admin, userActions.update, {
          ...base,
          name: "王立新",
          stationId: station2.id,
          seen: await seenOf(created.id),
        }),
      );
      const tv1 = await tokenVersionOf(created.id);
      expect(tv1).toBe(tv0 + 1);
      expect(await loadSessionUser(db(), created.id, tv0)).toBeNull();

      ok(
        await runAs(admin, userActions.update, {
          ...base,
          role: "CHIEF",
          name: "王立新",
          seen: await seenOf(created.id),
        }),
      );
      expect(await tokenVersionOf(created.id)).toBe(tv1 + 1);
      const account = await db().user.findUniqueOrThrow({ where: { id: created.id } });
      expect(account.stationId).toBeNull(); // a chief belongs to the bureau alone
    });

    it("refuses an edit made against a stale view", async () => {
      const created = await createOfficer("stale-view");
      const seen = await seenOf(created.id);
      const base = { userId: created.id, username: "stale-view", role: "OFFICER", stationId, seen };
      ok(await runAs(admin, userActions.update, { ...base, name: "甲" }));
      expect(await runAs(admin, userActions.update, { ...base, name: "乙" })).toEqual({
        ok: false,
        code: "conflict",
        message: "errors.conflict",
      });
    });

    it("disables an account, which ends its sessions, and enables it again", async () => {
      const tv = await tokenVersionOf(officer.id);
      expect(await loadSessionUser(db(), officer.id, tv)).not.toBeNull();
      ok(
        await runAs(admin, userActions.setActive, {
          userId: officer.id,
          seen: await seenOf(officer.id),
          active: "false",
        }),
      );
      expect(await loadSessionUser(db(), officer.id, tv)).toBeNull();
      expect(await loadSessionUser(db(), officer.id, tv + 1)).toBeNull(); // disabled: no session at all
      const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.disable", entityId: officer.id } });
      expect(audit.actorId).toBe(admin.id);
      ok(
        await runAs(admin, userActions.setActive, {
          userId: officer.id,
          seen: await seenOf(officer.id),
          active: "true",
        }),
      );
      expect(await loadSessionUser(db(), officer.id, tv + 1)).not.toBeNull();
    });
  });

  describe("administrators", () => {
    it("cannot disable or demote themselves", async () => {
      const seen = await seenOf(admin.id);
      expect(await runAs(admin, userActions.setActive, { userId: admin.id, seen, active: "false" })).toEqual({
        ok: false,
        code: "rejected",
        message: "users.errors.selfDisable",
      });
      const demoted = await runAs(admin, userActions.update, {
        userId: admin.id,
        seen,
        username: "admin",
        role: "CHIEF",
        name: admin.name,
      });
      expect(demoted).toMatchObject({ ok: false, fieldErrors: { role: ["users.errors.selfDemote"] } });
      expect(await db().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
        role: "ADMIN",
        active: true,
      });
    });

    it("never leaves a bureau without an active administrator, also when two disable each other at once", async () => {
      const second = ok(
        await runAs(admin, userActions.create, { username: "admin-b", role: "ADMIN", name: "副管理员" }),
      );
      const adminB: SessionUser = { ...admin, id: second.id, username: "admin-b" };
      const [a, b] = await Promise.all([
        runAs(admin, userActions.setActive, { userId: second.id, seen: await seenOf(second.id), active: "false" }),
        runAs(adminB, userActions.setActive, { userId: admin.id, seen: await seenOf(admin.id), active: "false" }),
      ]);
      expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
      const active = await db().user.count({ where: { bureauId: admin.bureauId, role: "ADMIN", active: true } });
      expect(active).toBe(1);
      // Whoever is left cannot be taken out by the other's still-open session.
      const [survivor, stale] = a.ok ? [admin, adminB] : [adminB, admin];
      const refused = await runAs(stale, userActions.setActive, {
        userId: survivor.id,
        seen: await seenOf(survivor.id),
        active: "false",
      });
      expect(refused).toEqual({ ok: false, code: "rejected", message: "users.errors.lastAdmin" });
      const demoted = await runAs(stale, userActions.update, {
        userId: survivor.id,
        seen: await seenOf(survivor.id),
        username: survivor.username,
        role: "OFFICER",
        name: "x",
        stationId,
      });
      expect(demoted).toEqual({ ok: false, code: "rejected", message: "users.errors.lastAdmin" });
      // Put the demo administrator back for the tests that follow.
      if (!a.ok) {
        ok(
          await runAs(adminB, userActions.setActive, {
            userId: admin.id,
            seen: await seenOf(admin.id),
            active: "true",
          }),
        );
      }
    });
  });

  describe("password links", () => {
    it("sets a password once: of two concurrent uses of one link exactly one wins", async () => {
      const token = tokenOf(ok(await runAs(admin, userActions.issuePasswordLink, { userId: officer.id })));
      const tv = await tokenVersionOf(officer.id);
      const results = await Promise.allSettled([
        setPasswordWithToken({ token, password: STRONG, confirm: STRONG }),
        setPasswordWithToken({ token, password: `${STRONG}x`, confirm: `${STRONG}x` }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((loser.reason as Error).message).toBe("users.reset.used");
      // The other sessions end; the new password works.
      expect(await tokenVersionOf(officer.id)).toBe(tv + 1);
      const winner = results[0]!.status === "fulfilled" ? STRONG : `${STRONG}x`;
      const signedIn = await signInWithPassword(db(), { username: "officer1", password: winner, address: null }, deps);
      expect(signedIn.ok).toBe(true);
      expect(await passwordLinkFor(token)).toEqual({ state: "used" });
    });

    it("refuses expired, reused, replaced and unknown links with their own answers", async () => {
      const issue = async () => tokenOf(ok(await runAs(admin, userActions.issuePasswordLink, { userId: officer.id })));
      const replaced = await issue();
      const current = await issue();
      const attempt = (token: string) =>
        setPasswordThroughLink({ token, password: STRONG, confirm: STRONG }, { sameOrigin: true, t: (k) => k });
      expect(await attempt(replaced)).toEqual({ ok: false, code: "rejected", message: "users.reset.used" });
      expect(await attempt("A".repeat(43))).toEqual({ ok: false, code: "rejected", message: "users.reset.unknown" });
      expect(await attempt("short")).toMatchObject({ ok: false, fieldErrors: { token: ["users.reset.invalid"] } });

      const restore = setClock(new Date(START.getTime() + 73 * 3_600_000));
      try {
        expect(await passwordLinkFor(current)).toEqual({ state: "expired" });
        expect(await attempt(current)).toEqual({ ok: false, code: "rejected", message: "users.reset.expired" });
      } finally {
        restore();
        setClock(START);
      }
      ok(await attempt(current));
      expect(await attempt(current)).toEqual({ ok: false, code: "rejected", message: "users.reset.used" });
    });

    it("answers a weak or mistyped new password at its field, and leaves the link usable", async () => {
      const token = tokenOf(ok(await runAs(admin, userActions.issuePasswordLink, { userId: officer.id })));
      const ctx = { sameOrigin: true, t: (k: string) => k };
      expect(
        await setPasswordThroughLink({ token, password: "officer1officer1", confirm: "officer1officer1" }, ctx),
      ).toMatchObject({
        ok: false,
        fieldErrors: { password: ["validation.password.tooWeak"] },
      });
      expect(await setPasswordThroughLink({ token, password: STRONG, confirm: "other" }, ctx)).toMatchObject({
        ok: false,
        fieldErrors: { confirm: ["users.errors.confirmMismatch"] },
      });
      expect(
        await setPasswordThroughLink({ token, password: STRONG, confirm: STRONG }, { ...ctx, sameOrigin: false }),
      ).toEqual({
        ok: false,
        code: "foreignOrigin",
        message: "errors.foreignOrigin",
      });
      expect(await passwordLinkFor(token)).toMatchObject({ state: "valid", purpose: "RESET" });
    });

    it("invites a liaison of an enterprise, who sets a password and signs in", async () => {
      const invited = ok(
        await runAs(admin, userActions.inviteLiaison, {
          enterpriseId,
          username: "New.Liaison",
          name: "李联络",
          phone: "138 0013 8000",
        }),
      );
      const account = await db().user.findUniqueOrThrow({ where: { id: invited.id } });
      expect(account).toMatchObject({ role: "LIAISON", enterpriseId, username: "new.liaison", phone: "13800138000" });
      const { username } = await setPasswordWithToken({
        token: tokenOf(invited.delivery),
        password: STRONG,
        confirm: STRONG,
      });
      expect(username).toBe("new.liaison");
      const signedIn = await signInWithPassword(
        db(),
        { username: "new.liaison", password: STRONG, address: null },
        deps,
      );
      expect(signedIn.ok && signedIn.user.enterpriseId).toBe(enterpriseId);
      expect(
        await db().auditEvent.count({
          where: { action: "user.invitationAccepted", entityId: invited.id, actorId: invited.id },
        }),
      ).toBe(1);
    });

    it("hands the link to a pluggable sender instead of the administrator when one is installed", async () => {
      const sent: string[] = [];
      const restore = setPasswordLinkSender({
        async deliver(link) {
          sent.push(`${link.recipient.username}:${link.purpose}`);
          return { channel: "sent", via: "sms", expiresAt: link.expiresAt };
        },
      });
      try {
        const delivery = ok(await runAs(admin, userActions.issuePasswordLink, { userId: officer.id }));
        expect(delivery).toMatchObject({ channel: "sent", via: "sms" });
        expect(sent).toEqual(["officer1:RESET"]);
      } finally {
        restore();
      }
    });
  });

  describe("sign-in blocks", () => {
    it("lists blocked accounts of the bureau only, and unlocking clears every address", async () => {
      for (const address of ["198.51.100.7", "198.51.100.8"])
        for (let i = 0; i < 5; i++) await recordFailure(db(), accountAddressKey("officer2", address));
      await recordFailure(db(), accountKey("officer2"));
      for (let i = 0; i < 5; i++) await recordFailure(db(), accountAddressKey("users-other-officer", "198.51.100.9"));

      const blocked = await listBlockedAccounts(admin);
      expect(
        blocked
          .filter((b) => b.username === "officer2")
          .map((b) => b.address)
          .sort(),
      ).toEqual(["198.51.100.7", "198.51.100.8"]);
      expect(blocked.map((b) => b.username)).not.toContain("users-other-officer");
      expect((await listBlockedAccounts(otherAdmin)).map((b) => b.username)).toEqual(["users-other-officer"]);

      const officer2 = await sessionUserOf("officer2");
      const attempt = () =>
        signInWithPassword(db(), { username: "officer2", password: "demo1234", address: "198.51.100.7" }, deps);
      expect(await attempt()).toMatchObject({ ok: false, reason: "THROTTLED" });
      expect(ok(await runAs(admin, userActions.unlock, { userId: officer2.id }))).toMatchObject({ cleared: 3 });
      expect((await listBlockedAccounts(admin)).map((b) => b.username)).not.toContain("officer2");
      expect((await attempt()).ok).toBe(true);
      expect(
        await db().auditEvent.count({ where: { action: "user.unlock", entityId: officer2.id, actorId: admin.id } }),
      ).toBe(1);
    });
  });

  describe("two-factor sign-in", () => {
    it("is turned off by an administrator of the bureau, ending the sessions and voiding the recovery codes", async () => {
      const target = await sessionUserOf("officer2");
      await db().user.update({
        where: { id: target.id },
        data: { totpSecret: "sealed-secret", totpEnabledAt: START, totpLastStep: 7 },
      });
      await db().recoveryCode.createMany({
        data: [1, 2].map((n) => ({ userId: target.id, codeHash: `hash-${n}` })),
      });
      const version = await tokenVersionOf(target.id);
      expect(await getAccount(admin, target.id)).toMatchObject({ twoFactor: true });
      // Another county's administrator is told there is no such account, and nothing changes.
      expect(await runAs(otherAdmin, userActions.resetTwoFactor, { userId: target.id })).toEqual({
        ok: false,
        code: "notFound",
        message: "errors.notFound",
      });
      expect(await db().recoveryCode.count({ where: { userId: target.id } })).toBe(2);

      expect(ok(await runAs(admin, userActions.resetTwoFactor, { userId: target.id }))).toEqual({ id: target.id });
      const after = await db().user.findUniqueOrThrow({ where: { id: target.id } });
      expect([after.totpSecret, after.totpEnabledAt, after.totpLastStep]).toEqual([null, null, null]);
      expect(await db().recoveryCode.count({ where: { userId: target.id } })).toBe(0);
      expect(await tokenVersionOf(target.id)).toBe(version + 1);
      expect(await getAccount(admin, target.id)).toMatchObject({ twoFactor: false });
      expect(
        await db().auditEvent.count({
          where: { action: "user.resetTwoFactor", entityId: target.id, actorId: admin.id },
        }),
      ).toBe(1);
      // Twice is a clear refusal, not a silent success.
      expect(await runAs(admin, userActions.resetTwoFactor, { userId: target.id })).toMatchObject({
        ok: false,
        message: "users.errors.twoFactorOff",
      });
    });
  });
});
