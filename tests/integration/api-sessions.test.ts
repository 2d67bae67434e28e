// The apps signed in through the API as the portal shows them: the user's own list on /account and
// its sign-out buttons, and the administrator's "sign out all apps" on an account of their county.
// A signed-out app is refused at its very next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { ownAccountActions } from "@/lib/account/actions-def";
import { listOwnApiSessions } from "@/lib/account/queries";
import { authenticateAccessToken, openApiSession } from "@/lib/api/tokens";
import { userActions } from "@/lib/users/actions-def";
import { countRunningApiSessions } from "@/lib/users/queries";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";
import { loadSecondCounty } from "../support/second-county";

const db = () => getDb();

/** An app signing in as the user, opened at the given minute before now so that the order is known. */
async function openApp(user: SessionUser, client: string, minutesAgo = 0) {
  const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, tokenVersion: true } });
  const opened = await openApiSession(db(), row, client, "198.51.100.7");
  await db().apiSession.update({
    where: { id: opened.sessionId },
    data: { createdAt: new Date(clock.now().getTime() - minutesAgo * 60_000) },
  });
  return opened;
}

const works = async (accessToken: string) => (await authenticateAccessToken(db(), accessToken, null, 1_000)).ok;
const sessionRow = (id: string) => db().apiSession.findUniqueOrThrow({ where: { id } });
const auditCount = (action: string, actorId: string) => db().auditEvent.count({ where: { action, actorId } });

let restoreClock: () => void;
let liaison1: SessionUser;
let liaison2: SessionUser;
let officer1: SessionUser;
let officer2: SessionUser;
let chief: SessionUser;
let admin: SessionUser;
let foreignAdmin: SessionUser;

beforeAll(async () => {
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  [liaison1, liaison2, officer1, officer2, chief, admin] = await Promise.all([
    sessionUserOf("liaison1"),
    sessionUserOf("liaison2"),
    sessionUserOf("officer1"),
    sessionUserOf("officer2"),
    sessionUserOf("chief"),
    sessionUserOf("admin"),
  ]);
  foreignAdmin = (await loadSecondCounty()).users.admin;
});
afterAll(() => restoreClock());

describe("the user's own apps", () => {
  it("lists only the user's running apps, newest first, without their tokens", async () => {
    const older = await openApp(liaison1, "企业微信小程序", 30);
    const newer = await openApp(liaison1, "Android app", 5);
    const revoked = await openApp(liaison1, "revoked app", 10);
    await db().apiSession.update({ where: { id: revoked.sessionId }, data: { revokedAt: clock.now() } });
    const expired = await openApp(liaison1, "expired app", 20);
    await db().apiSession.update({
      where: { id: expired.sessionId },
      data: { refreshExpiresAt: new Date(clock.now().getTime() - 60_000) },
    });
    // Opened under an earlier token version (before a password change): the API refuses it already.
    const stale = await openApp(liaison1, "stale app", 15);
    await db().apiSession.update({ where: { id: stale.sessionId }, data: { tokenVersion: { decrement: 1 } } });
    await openApp(liaison2, "someone else's app");

    const listed = await listOwnApiSessions(liaison1);
    expect(listed.map((s) => s.id)).toEqual([newer.sessionId, older.sessionId]);
    expect(listed[0]).toEqual({
      id: newer.sessionId,
      client: "Android app",
      createdAt: expect.any(Date),
      lastUsedAt: expect.any(Date),
      lastAddress: "198.51.100.7",
    });
    expect(await listOwnApiSessions(liaison1, 1)).toHaveLength(1);
  });

  it("signs one app out: its token is refused at once, the others keep working", async () => {
    const [newer, older] = await listOwnApiSessions(liaison1);
    const keep = await openApp(liaison1, "kept app", 1);
    const gone = await openApp(liaison1, "lost phone", 2);
    expect(await works(gone.accessToken)).toBe(true);
    const audits = await auditCount("account.signOutApp", liaison1.id);

    expect(await runAs(liaison1, ownAccountActions.signOutApp, { sessionId: gone.sessionId })).toEqual({
      ok: true,
      data: null,
    });
    expect(await works(gone.accessToken)).toBe(false);
    expect(await works(keep.accessToken)).toBe(true);
    expect(await sessionRow(gone.sessionId)).toMatchObject({ revokedById: liaison1.id, revokedAt: expect.any(Date) });
    expect(await auditCount("account.signOutApp", liaison1.id)).toBe(audits + 1);
    expect((await listOwnApiSessions(liaison1)).map((s) => s.id)).toEqual([keep.sessionId, newer!.id, older!.id]);

    // Once signed out, the same id names nothing any more.
    expect(await runAs(liaison1, ownAccountActions.signOutApp, { sessionId: gone.sessionId })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await auditCount("account.signOutApp", liaison1.id)).toBe(audits + 1);
  });

  it("answers another user's session with not found and leaves it running", async () => {
    const theirs = await openApp(liaison1, "liaison1's phone", 3);
    const before = await sessionRow(theirs.sessionId);
    const audits = await db().auditEvent.count();
    for (const intruder of [liaison2, officer1, admin, foreignAdmin]) {
      expect(
        await runAs(intruder, ownAccountActions.signOutApp, { sessionId: theirs.sessionId }),
        intruder.username,
      ).toMatchObject({ ok: false, message: "errors.notFound" });
    }
    expect(await sessionRow(theirs.sessionId)).toEqual(before);
    expect(await db().auditEvent.count()).toBe(audits);
    expect(await works(theirs.accessToken)).toBe(true);
  });

  it("signs every app out at once and leaves other users' apps alone", async () => {
    const mine = [await openApp(liaison1, "tablet", 4), await openApp(liaison1, "phone", 6)];
    const theirs = await openApp(liaison2, "liaison2's phone");
    const running = (await listOwnApiSessions(liaison1)).length;
    expect(running).toBeGreaterThanOrEqual(2);

    const result = await runAs(liaison1, ownAccountActions.signOutAllApps, {});
    // Rows already dead (expired, of an old token version) are revoked too, so at least the running ones.
    expect(result.ok && result.data.ended).toBeGreaterThanOrEqual(running);
    for (const app of mine) expect(await works(app.accessToken)).toBe(false);
    expect(await listOwnApiSessions(liaison1)).toEqual([]);
    expect(await works(theirs.accessToken)).toBe(true);
    expect(await auditCount("account.signOutAllApps", liaison1.id)).toBe(1);
  });

  it("counts an app out once the user signs out everywhere", async () => {
    const app = await openApp(officer2, "officer2's phone");
    expect(await listOwnApiSessions(officer2)).toHaveLength(1);
    expect((await runAs(officer2, ownAccountActions.signOutEverywhere, {})).ok).toBe(true);
    expect(await listOwnApiSessions(officer2)).toEqual([]);
    expect(await works(app.accessToken)).toBe(false);
  });
});

describe("an administrator signing an account's apps out", () => {
  it("signs out every app of an account of the county and counts them", async () => {
    const apps = [await openApp(officer1, "officer1's phone"), await openApp(officer1, "officer1's tablet")];
    const browserVersion = (await db().user.findUniqueOrThrow({ where: { id: officer1.id } })).tokenVersion;
    expect(await countRunningApiSessions(admin, officer1.id)).toBe(2);

    const result = await runAs(admin, userActions.signOutAllApps, { userId: officer1.id });
    expect(result).toEqual({ ok: true, data: { id: officer1.id, ended: 2 } });
    for (const app of apps) expect(await works(app.accessToken)).toBe(false);
    expect(await countRunningApiSessions(admin, officer1.id)).toBe(0);
    const revokedBy = await db().apiSession.findMany({ where: { userId: officer1.id }, select: { revokedById: true } });
    expect(revokedBy.map((r) => r.revokedById)).toEqual([admin.id, admin.id]);
    // The person's browser sessions are not touched: that is what disabling the account is for.
    expect((await db().user.findUniqueOrThrow({ where: { id: officer1.id } })).tokenVersion).toBe(browserVersion);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "user.signOutAllApps", actorId: admin.id },
    });
    expect(audit).toMatchObject({ entity: "User", entityId: officer1.id, after: { apiSessionsEnded: 2 } });
  });

  it("refuses an administrator of another county and every other role, and changes nothing", async () => {
    const app = await openApp(officer1, "officer1's new phone");
    const before = await sessionRow(app.sessionId);
    const audits = await db().auditEvent.count();

    expect(await runAs(foreignAdmin, userActions.signOutAllApps, { userId: officer1.id })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    for (const who of [chief, officer2, liaison1]) {
      expect(await runAs(who, userActions.signOutAllApps, { userId: officer1.id }), who.username).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
    }
    expect(await sessionRow(app.sessionId)).toEqual(before);
    expect(await db().auditEvent.count()).toBe(audits);
    expect(await works(app.accessToken)).toBe(true);
    // Nor does the foreign administrator learn how many apps the account has.
    expect(await countRunningApiSessions(foreignAdmin, officer1.id)).toBe(0);
    expect(await countRunningApiSessions(admin, officer1.id)).toBe(1);
  });

  it("lets the demo county's administrator reach no account of the other county", async () => {
    const foreignOfficer = (await db().user.findFirstOrThrow({ where: { username: "west-officer" } })).id;
    expect(await runAs(admin, userActions.signOutAllApps, { userId: foreignOfficer })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
  });
});
