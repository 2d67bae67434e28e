import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionContext } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { notificationActions } from "@/lib/notifications/actions-def";
import { markAllRead, markRead } from "@/lib/notifications/commands";
import { notify } from "@/lib/notifications/notify";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { notificationMessageKey, paramsForReader } from "@/lib/notifications/render";
import { acceptTicket, createTicket } from "@/lib/tickets/commands";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/messages";
import { HOUR_MS } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";

let officer1: SessionUser;
let officer2: SessionUser;
let liaison1: SessionUser;
let restoreClock: () => void;

const MINUTE_MS = 60_000;
/** So many milliseconds before the fixed "now" of this file. */
const ago = (ms: number) => new Date(clock.now().getTime() - ms);

/** Gives `user` `n` ticket comments, one minute apart within the last hour, the last one newest. */
async function comments(user: SessionUser, n: number) {
  const db = getDb();
  const base = ago(HOUR_MS).getTime();
  for (let i = 1; i <= n; i++) {
    const link = `/tickets/${i}`;
    await db.$transaction((tx) =>
      notify(tx, [user.id], {
        kind: "ticketComment",
        params: { number: `LX-2026-${String(i).padStart(6, "0")}` },
        link,
      }),
    );
    // Distinct times, so "newest first" is decided by the data and not by ties.
    await db.notification.updateMany({
      where: { userId: user.id, link },
      data: { createdAt: new Date(base + i * MINUTE_MS) },
    });
  }
}

const ids = async (user: SessionUser) =>
  (await getDb().notification.findMany({ where: { userId: user.id }, select: { id: true } })).map((r) => r.id);

// Echoes keys so the tests can see which message was chosen.
const ctx = (user: SessionUser | null): ActionContext => ({ user, sameOrigin: true, t: (key) => key });

describe("notification centre", () => {
  beforeAll(async () => {
    // The demo (its welcome notifications included) is seeded as of this instant.
    restoreClock = setClock("2026-03-10T10:00:00+08:00");
    await loadDemo();
    officer1 = await sessionUserOf("officer1");
    officer2 = await sessionUserOf("officer2");
    liaison1 = await sessionUserOf("liaison1");
  });

  afterAll(() => restoreClock());

  it("lists only the user's own notifications, the seeded welcome included", async () => {
    await getDb().$transaction((tx) =>
      notify(tx, [officer2.id, liaison1.id], {
        kind: "ticketNew",
        params: { number: "LX-2026-000001", title: "门岗" },
        link: "/tickets/x",
      }),
    );
    const list = await listNotifications(officer1);
    expect(list.rows.map((r) => r.kind)).toEqual(["welcome"]);
    expect(list).toMatchObject({ total: 1, unread: 1, page: 1, pageSize: 20 });
    expect(await unreadCount(officer1)).toBe(1);
    const theirs = await listNotifications(officer2);
    expect(theirs.rows.map((r) => r.kind).sort()).toEqual(["ticketNew", "welcome"]);
    expect(theirs.rows.find((r) => r.kind === "ticketNew")?.params).toEqual({
      number: "LX-2026-000001",
      title: "门岗",
    });
  });

  it("pages newest first and filters unread", async () => {
    await comments(officer1, 24);
    // The welcome plus 24 comments; the welcome is made the oldest.
    await getDb().notification.updateMany({
      where: { userId: officer1.id, kind: "welcome" },
      data: { createdAt: ago(2 * HOUR_MS) },
    });

    const first = await listNotifications(officer1, { pageSize: 10 });
    expect(first).toMatchObject({ total: 25, unread: 25, page: 1, pageSize: 10 });
    expect(first.rows).toHaveLength(10);
    expect(first.rows[0]?.params.number).toBe("LX-2026-000024");
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const last = await listNotifications(officer1, { pageSize: 10, page: 3 });
    expect(last.rows).toHaveLength(5);
    expect(last.rows.at(-1)?.kind).toBe("welcome");
    const pages = [...first.rows, ...(await listNotifications(officer1, { pageSize: 10, page: 2 })).rows, ...last.rows];
    expect(new Set(pages.map((r) => r.id)).size).toBe(25);

    // A page past the end answers the last page rather than an empty one.
    expect((await listNotifications(officer1, { pageSize: 10, page: 99 })).page).toBe(3);

    await markRead(officer1, { ids: first.rows.slice(0, 4).map((r) => r.id) });
    const unread = await listNotifications(officer1, { unreadOnly: true, pageSize: 10 });
    expect(unread).toMatchObject({ total: 21, unread: 21 });
    expect(unread.rows.every((r) => r.readAt === null)).toBe(true);
    expect(unread.rows[0]?.params.number).toBe("LX-2026-000020");
    expect(await unreadCount(officer1)).toBe(21);
    expect((await listNotifications(officer1)).unread).toBe(21);
  });

  it("marking another user's notification read changes nothing", async () => {
    const foreign = await ids(officer2);
    const before = await getDb().notification.findMany({ where: { userId: officer2.id }, orderBy: { id: "asc" } });
    expect(before.every((n) => n.readAt === null)).toBe(true);

    expect(await markRead(officer1, { ids: foreign })).toEqual({ updated: 0 });
    const viaAction = await executeAction(notificationActions.markRead, { ids: foreign }, ctx(officer1));
    expect(viaAction).toEqual({ ok: true, data: { updated: 0 } });

    const after = await getDb().notification.findMany({ where: { userId: officer2.id }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
    expect(await unreadCount(officer2)).toBe(2);
  });

  it("marks a mix of own and foreign ids: only the own one changes", async () => {
    const [own] = (await listNotifications(officer1, { unreadOnly: true, pageSize: 1 })).rows;
    const unreadBefore = await unreadCount(officer1);
    expect(await markRead(officer1, { ids: [own!.id, ...(await ids(officer2))] })).toEqual({ updated: 1 });
    expect(await unreadCount(officer1)).toBe(unreadBefore - 1);
    expect(await unreadCount(officer2)).toBe(2);
    // Already read: nothing to do, and the first read time is kept.
    const readAt = (await getDb().notification.findUniqueOrThrow({ where: { id: own!.id } })).readAt;
    expect(await markRead(officer1, { ids: [own!.id] })).toEqual({ updated: 0 });
    expect((await getDb().notification.findUniqueOrThrow({ where: { id: own!.id } })).readAt).toEqual(readAt);
  });

  it("marks all of one's own read, and only up to the time the page was shown", async () => {
    const shownAt = ago(30 * MINUTE_MS);
    const older = (await listNotifications(officer1, { unreadOnly: true, pageSize: 100 })).rows.filter(
      (r) => r.createdAt <= shownAt,
    ).length;
    const unread = await unreadCount(officer1);
    expect(older).toBeGreaterThan(0);
    expect(await markAllRead(officer1, { before: shownAt })).toEqual({ updated: older });
    expect(await unreadCount(officer1)).toBe(unread - older);

    expect(await markAllRead(officer1)).toEqual({ updated: unread - older });
    expect(await unreadCount(officer1)).toBe(0);
    expect((await listNotifications(officer1, { unreadOnly: true })).rows).toEqual([]);
    expect(await unreadCount(officer2)).toBe(2);
    // The welcome, the new ticket and the demo's urgent advisory, which liaison1's enterprise has not opened.
    expect(await unreadCount(liaison1)).toBe(3);
  });

  it("every role may call the actions; anonymous callers are refused", async () => {
    for (const username of ["admin", "chief", "officer2", "liaison1"]) {
      const user = await sessionUserOf(username);
      // admin has no seeded welcome; everyone gets one more so mark-all has something to do.
      await getDb().$transaction((tx) =>
        notify(tx, [user.id], { kind: "ticketOverdue", params: { number: "LX-2026-000009" }, link: "/tickets/9" }),
      );
      const [own] = await ids(user);
      expect(await executeAction(notificationActions.markRead, { ids: [own!] }, ctx(user)), username).toEqual({
        ok: true,
        data: { updated: 1 },
      });
      expect((await executeAction(notificationActions.markAllRead, {}, ctx(user))).ok, username).toBe(true);
      expect(await unreadCount(user), username).toBe(0);
    }
    await getDb().$transaction((tx) => notify(tx, [liaison1.id], { kind: "welcome", params: {}, link: "/" }));
    const [own] = await ids(liaison1);
    expect(await executeAction(notificationActions.markRead, { ids: [own!] }, ctx(null))).toEqual({
      ok: false,
      code: "signedOut",
      message: "errors.signedOut",
    });
    expect(await executeAction(notificationActions.markAllRead, {}, ctx(null))).toEqual({
      ok: false,
      code: "signedOut",
      message: "errors.signedOut",
    });
    expect(await unreadCount(liaison1)).toBe(1);
  });

  it("accepts form posts and refuses malformed input without touching anything", async () => {
    const form = new FormData();
    form.set("$ACTION_ID_abc", "");
    const none = await executeAction(notificationActions.markRead, form, ctx(liaison1));
    expect(none).toMatchObject({
      ok: false,
      message: "errors.invalidInput",
      fieldErrors: { ids: ["notifications.errors.noneSelected"] },
    });
    for (const ids of [[""], Array.from({ length: 101 }, (_, i) => `id${i}`), [{ id: "x" }], "x".repeat(65)]) {
      expect((await executeAction(notificationActions.markRead, { ids }, ctx(liaison1))).ok).toBe(false);
    }
    expect((await executeAction(notificationActions.markAllRead, { before: "not a date" }, ctx(liaison1))).ok).toBe(
      false,
    );
    expect(await unreadCount(liaison1)).toBe(1);

    const [own] = (await listNotifications(liaison1, { unreadOnly: true })).rows;
    form.set("ids", own!.id);
    expect(await executeAction(notificationActions.markRead, form, ctx(liaison1))).toEqual({
      ok: true,
      data: { updated: 1 },
    });
    expect(await unreadCount(liaison1)).toBe(0);
  });
});

describe("a ticket's status change", () => {
  it("tells the enterprise what changed, on which ticket, and who did it, in the reader's language", async () => {
    const db = getDb();
    const { id, number } = await createTicket(liaison1, {
      category: "SECURITY_HAZARD",
      priority: "HIGH",
      title: "北门道闸损坏",
      description: "道闸无法抬起，车辆进出需人工开门。",
      location: "北门",
    });
    const { version } = await db.ticket.findUniqueOrThrow({ where: { id } });
    await acceptTicket(officer1, { ticketId: id, version });

    const row = (await listNotifications(liaison1)).rows.find((r) => r.link === `/tickets/${id}`);
    expect(row?.kind).toBe("ticketStatusChanged");
    const enterprise = await db.enterprise.findUniqueOrThrow({
      where: { id: liaison1.enterpriseId! },
      select: { name: true, nameEn: true },
    });
    const officer = await db.user.findUniqueOrThrow({
      where: { id: officer1.id },
      select: { name: true, nameEn: true },
    });
    // Stored as facts, so that each reader's language can name them.
    expect(row!.params).toEqual({
      number,
      title: "北门道闸损坏",
      fromStatus: "SUBMITTED",
      toStatus: "ACCEPTED",
      enterprise: enterprise.name,
      enterpriseEn: enterprise.nameEn,
      actor: officer.name,
      actorEn: officer.nameEn,
    });

    const shown = (locale: "zh-CN" | "en") => {
      const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "notifications" });
      const ts = createTranslator({ locale, messages: MESSAGES[locale], namespace: "tickets.statuses" });
      const key = notificationMessageKey(row!.kind, row!.params, (k) => t.has(k as never));
      return t(key as never, paramsForReader(row!.params, locale, (s) => ts(s as never)) as never);
    };
    expect(shown("zh-CN")).toBe(
      `问题 ${number}「北门道闸损坏」（${enterprise.name}）状态由“待受理”改为“已受理”，操作人：${officer.name}`,
    );
    expect(shown("en")).toBe(
      `Problem ${number} “北门道闸损坏” (${enterprise.nameEn || enterprise.name}): ` +
        `${officer.nameEn || officer.name} changed its status from Submitted to Accepted`,
    );
  });

  it("tells every active liaison of the enterprise and none whose account is disabled", async () => {
    const db = getDb();
    const colleague = (username: string, active: boolean) =>
      db.user.create({
        data: {
          username,
          name: username,
          passwordHash: "-",
          role: "LIAISON",
          bureauId: liaison1.bureauId,
          enterpriseId: liaison1.enterpriseId,
          active,
        },
      });
    const [second, disabled] = [await colleague("liaison1-b", true), await colleague("liaison1-off", false)];
    const { id } = await createTicket(liaison1, {
      category: "SECURITY_HAZARD",
      priority: "NORMAL",
      title: "南门监控黑屏",
      description: "南门摄像头画面全黑，已持续两天。",
      location: "南门",
    });
    const { version } = await db.ticket.findUniqueOrThrow({ where: { id } });
    await acceptTicket(officer1, { ticketId: id, version });

    const told = await db.notification.findMany({
      where: { link: `/tickets/${id}`, kind: "ticketStatusChanged" },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([liaison1.id, second.id].sort());
    expect(told.map((n) => n.userId)).not.toContain(disabled.id);
  });
});
