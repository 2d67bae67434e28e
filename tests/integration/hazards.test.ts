import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { getDb } from "@/lib/db";
import type { ActionDefinition } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { hazardActions } from "@/lib/hazards/actions-def";
import { closeHazard, listHazard, reportRectification } from "@/lib/hazards/commands";
import { hazardSourceFor, listHazards } from "@/lib/hazards/queries";
import { listHazardSchema } from "@/lib/hazards/schemas";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

/** The instant the whole file runs at: the seed, the deadlines and the overdue list all read it. */
const NOW = "2026-11-10T10:00:00+08:00";
/** A China date `offsetDays` from today. */
const chinaToday = (offsetDays = 0) => chinaDate(addDays(clock.now(), offsetDays));

const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const;
const users: Record<string, SessionUser> = {};
let own: string; // liaison1's enterprise, officer1's
let restoreClock: () => void;

beforeAll(async () => {
  restoreClock = setClock(NOW);
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  own = users.liaison1!.enterpriseId!;
});

afterAll(() => restoreClock());

let seq = 0;
const input = (over: Record<string, unknown> = {}) => ({
  enterpriseId: own,
  description: "配电箱未上锁，线路裸露。",
  location: `仓库 ${++seq} 号`,
  severity: "HIGH",
  deadline: chinaToday(7),
  ...over,
});

/** A fresh hazard of liaison1's enterprise, moved to `status` through the commands themselves. */
async function hazardIn(status: "LISTED" | "RECTIFYING" | "PENDING_VERIFICATION") {
  const { id } = await listHazard(users.officer1!, listHazardSchema.parse(input()));
  if (status === "RECTIFYING") await runAs(users.liaison1!, hazardActions.start, { hazardId: id, version: 0 });
  if (status === "PENDING_VERIFICATION")
    await reportRectification(users.liaison1!, { hazardId: id, version: 0, note: "已整改" });
  return getDb().hazard.findUniqueOrThrow({ where: { id } });
}

const snapshot = async (id?: string) => ({
  hazard: id ? await getDb().hazard.findUnique({ where: { id } }) : await getDb().hazard.count(),
  audits: await getDb().auditEvent.count({ where: { action: { startsWith: "hazard." } } }),
  notes: await getDb().notification.count({ where: { kind: { startsWith: "hazard" } } }),
});

type Case = readonly [(typeof NAMES)[number], string | null];
const refusals = (allowed: string[], outOfScope: string[]): Case[] =>
  NAMES.map(
    (n) => [n, allowed.includes(n) ? null : outOfScope.includes(n) ? "errors.notFound" : "errors.forbidden"] as const,
  );

describe("who may do what on liaison1's enterprise", () => {
  it.each(refusals(["officer1", "chief"], ["officer2"]))("list as %s → %s", async (name, error) => {
    const before = await snapshot();
    const result = await runAs(users[name]!, hazardActions.list, input());
    if (error === null) {
      expect(result).toMatchObject({ ok: true });
      expect(await snapshot()).toEqual({
        hazard: (before.hazard as number) + 1,
        audits: before.audits + 1,
        notes: before.notes + 1,
      });
    } else {
      expect(result).toMatchObject({ ok: false, message: error });
      expect(await snapshot()).toEqual(before);
    }
  });

  const actions = [
    ["start", "LISTED", ["liaison1"], ["liaison2"], {}],
    ["report", "RECTIFYING", ["liaison1"], ["liaison2"], { note: "已更换门锁" }],
    ["close", "PENDING_VERIFICATION", ["officer1", "chief"], ["officer2"], {}],
    ["sendBack", "PENDING_VERIFICATION", ["officer1", "chief"], ["officer2"], { reason: "照片不清楚" }],
  ] as const;
  for (const [action, status, allowed, outside, extra] of actions) {
    it.each(refusals([...allowed], [...outside]))(`${action} as %s → %s`, async (name, error) => {
      const hazard = await hazardIn(status);
      const before = await snapshot(hazard.id);
      const result = await runAs(users[name]!, hazardActions[action], {
        hazardId: hazard.id,
        version: hazard.version,
        ...extra,
      });
      if (error === null) {
        expect(result).toMatchObject({ ok: true, data: { version: hazard.version + 1 } });
        expect(
          await getDb().auditEvent.count({
            where: { entityId: hazard.id, action: `hazard.${action}`, actorId: users[name]!.id },
          }),
        ).toBe(1);
      } else {
        expect(result).toMatchObject({ ok: false, message: error });
        expect(await snapshot(hazard.id)).toEqual(before);
      }
    });
  }
});

describe("life of a hazard", () => {
  it("goes listed → reported → sent back → reported → closed, audited and notified at each step", async () => {
    const { officer1: officer, liaison1: liaison } = users as Record<string, SessionUser>;
    const listed = await runAs(officer!, hazardActions.list, input());
    if (!listed.ok) throw new Error(listed.message);
    const id = listed.data.id;
    const step = async <S extends z.ZodType, T>(
      user: SessionUser,
      def: ActionDefinition<S, T>,
      extra: Record<string, unknown>,
    ) => {
      const { version } = await getDb().hazard.findUniqueOrThrow({ where: { id } });
      const result = await runAs(user, def, { hazardId: id, version, ...extra });
      expect(result).toMatchObject({ ok: true });
    };
    await step(liaison!, hazardActions.report, { note: "已加锁并包扎线路" });
    await step(officer!, hazardActions.sendBack, { reason: "线路仍有裸露" });
    expect(await getDb().hazard.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RECTIFYING",
      sendBackReason: "线路仍有裸露",
    });
    await step(liaison!, hazardActions.report, { note: "已更换线槽" });
    await step(officer!, hazardActions.close, {});
    const hazard = await getDb().hazard.findUniqueOrThrow({ where: { id } });
    expect(hazard).toMatchObject({
      status: "CLOSED",
      version: 4,
      verifiedById: officer!.id,
      rectifyNote: "已更换线槽",
    });
    expect(hazard.closedAt).not.toBeNull();
    const audits = await getDb().auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "hazard.list",
      "hazard.report",
      "hazard.sendBack",
      "hazard.report",
      "hazard.close",
    ]);
    const kinds = (userId: string) =>
      getDb().notification.findMany({ where: { userId, link: `/hazards/${id}` }, orderBy: { createdAt: "asc" } });
    expect((await kinds(liaison!.id)).map((n) => n.kind)).toEqual(["hazardListed", "hazardSentBack", "hazardClosed"]);
    expect((await kinds(officer!.id)).map((n) => n.kind)).toEqual(["hazardRectified", "hazardRectified"]);
  });

  it("refuses a stale version and a transition the machine forbids", async () => {
    const hazard = await hazardIn("LISTED");
    expect(await runAs(users.liaison1!, hazardActions.start, { hazardId: hazard.id, version: 5 })).toMatchObject({
      ok: false,
      message: "errors.conflict",
    });
    expect(await runAs(users.officer1!, hazardActions.close, { hazardId: hazard.id, version: 0 })).toMatchObject({
      ok: false,
      message: "hazards.errors.transitionNotAllowed",
    });
    expect((await getDb().hazard.findUniqueOrThrow({ where: { id: hazard.id } })).status).toBe("LISTED");
  });

  it("lets exactly one of two concurrent verifications win", async () => {
    const hazard = await hazardIn("PENDING_VERIFICATION");
    const ref = { hazardId: hazard.id, version: hazard.version };
    const results = await Promise.allSettled([closeHazard(users.officer1!, ref), closeHazard(users.chief!, ref)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ key: "errors.conflict" });
    expect(await getDb().auditEvent.count({ where: { entityId: hazard.id, action: "hazard.close" } })).toBe(1);
  });
});

describe("rectification photos", () => {
  // A real 1×1 PNG: the type comes from the bytes.
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  const photo = () => new File([Uint8Array.from(PNG)], "整改照片.png", { type: "image/png" });
  let uploadDir: string;
  const stored = async () =>
    (await readdir(uploadDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(tmpdir(), "jqt-hazard-uploads-"));
    process.env.UPLOAD_DIR = uploadDir;
  });
  afterAll(async () => {
    delete process.env.UPLOAD_DIR;
    await rm(uploadDir, { recursive: true, force: true });
  });

  it("keeps a photo sent with the report, and none when the report is refused", async () => {
    const hazard = await hazardIn("RECTIFYING");
    const stale = await runAs(users.liaison1!, hazardActions.report, {
      hazardId: hazard.id,
      version: 0,
      note: "已整改",
      attachments: [photo()],
    });
    expect(stale).toMatchObject({ ok: false, message: "errors.conflict" });
    expect(await stored()).toBe(0);
    const ok = await runAs(users.liaison1!, hazardActions.report, {
      hazardId: hazard.id,
      version: hazard.version,
      note: "已整改",
      attachments: [photo()],
    });
    expect(ok).toMatchObject({ ok: true });
    expect(
      await getDb().attachment.findMany({
        where: { hazardId: hazard.id },
        select: { mimeType: true, uploadedById: true },
      }),
    ).toEqual([{ mimeType: "image/png", uploadedById: users.liaison1!.id }]);
    expect(await stored()).toBe(1);
  });

  it("keeps photos sent with a listing, and stores none when the listing is refused", async () => {
    const before = await stored();
    const refused = await runAs(users.officer2!, hazardActions.list, { ...input(), attachments: [photo()] });
    expect(refused).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await stored()).toBe(before);
    const ok = await runAs(users.officer1!, hazardActions.list, { ...input(), attachments: [photo(), photo()] });
    if (!ok.ok) throw new Error(ok.message);
    expect(await getDb().attachment.count({ where: { hazardId: ok.data.id, uploadedById: users.officer1!.id } })).toBe(
      2,
    );
    expect(await stored()).toBe(before + 2);
  });

  it("refuses a file that is not a photo or PDF at the photos field", async () => {
    const text = new File([new TextEncoder().encode("not a picture")], "note.png", { type: "image/png" });
    const result = await runAs(users.officer1!, hazardActions.list, { ...input(), attachments: [text] });
    expect(result.ok ? null : Object.keys(result.fieldErrors ?? {})).toEqual(["attachments"]);
  });
});

describe("input", () => {
  it("answers bad input at the fields", async () => {
    const result = await runAs(
      users.officer1!,
      hazardActions.list,
      input({ description: "x", location: "y".repeat(201), severity: "HUGE", deadline: chinaToday(-1) }),
    );
    expect(result.ok ? null : Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "deadline",
      "description",
      "location",
      "severity",
    ]);
    const far = await runAs(users.officer1!, hazardActions.list, input({ deadline: chinaToday(366) }));
    expect(far.ok ? null : far.fieldErrors?.deadline).toEqual(["hazards.errors.deadlineTooFar"]);
    expect(await runAs(users.officer1!, hazardActions.list, input({ deadline: chinaToday() }))).toMatchObject({
      ok: true,
    });
  });

  it("accepts a source of the same enterprise in scope only", async () => {
    const mine = await getDb().visit.findFirstOrThrow({ where: { enterpriseId: own } });
    const other = await getDb().visit.findFirstOrThrow({ where: { enterpriseId: { not: own } } });
    expect(await runAs(users.officer1!, hazardActions.list, input({ visitId: mine.id }))).toMatchObject({ ok: true });
    const bad = await runAs(users.officer1!, hazardActions.list, input({ visitId: other.id }));
    expect(bad.ok ? null : bad.fieldErrors).toEqual({ visitId: ["hazards.errors.sourceInvalid"] });
    const ticket = await runAs(users.officer1!, hazardActions.list, input({ ticketId: "nope" }));
    expect(ticket.ok ? null : ticket.fieldErrors).toEqual({ ticketId: ["hazards.errors.sourceInvalid"] });
  });

  it("names the ticket or visit a form was opened from only to police who may see it", async () => {
    const ticket = await getDb().ticket.findFirstOrThrow({
      where: { enterpriseId: own },
      select: { id: true, number: true },
    });
    const visit = await getDb().visit.findFirstOrThrow({ where: { enterpriseId: own }, select: { id: true } });
    expect(await hazardSourceFor(users.officer1!, { ticket: ticket.id })).toMatchObject({
      field: "ticketId",
      id: ticket.id,
      enterpriseId: own,
      number: ticket.number,
    });
    expect(await hazardSourceFor(users.chief!, { visit: visit.id })).toMatchObject({
      field: "visitId",
      id: visit.id,
      enterpriseId: own,
    });
    for (const name of ["officer2", "liaison1", "liaison2", "admin"]) {
      expect(await hazardSourceFor(users[name]!, { ticket: ticket.id })).toBeNull();
      expect(await hazardSourceFor(users[name]!, { visit: visit.id })).toBeNull();
    }
    expect(await hazardSourceFor(users.officer1!, { ticket: "nope" })).toBeNull();
  });

  it("marks a hazard at an earlier hazard's location as its repeat, ignoring case and spaces", async () => {
    const first = await runAs(users.officer1!, hazardActions.list, input({ location: "North Gate" }));
    const second = await runAs(users.chief!, hazardActions.list, input({ location: "  north gate " }));
    const third = await runAs(users.officer1!, hazardActions.list, input({ location: "NORTH GATE" }));
    const blank = await runAs(users.officer1!, hazardActions.list, input({ location: "" }));
    if (!first.ok || !second.ok || !third.ok || !blank.ok) throw new Error("listing failed");
    expect(first.data.repeatOfId).toBeNull();
    expect(second.data.repeatOfId).toBe(first.data.id);
    expect(third.data.repeatOfId).toBe(second.data.id);
    expect(blank.data.repeatOfId).toBeNull();
  });
});

describe("the list", () => {
  it("puts overdue hazards first, each group by deadline, and pages through them all", async () => {
    const now = clock.now();
    const { rows, total } = await listHazards(users.chief!, { pageSize: 1000, now });
    expect(total).toBe(await getDb().hazard.count());
    const overdue = (r: (typeof rows)[number]) => r.status !== "CLOSED" && r.deadline < now;
    const count = rows.filter(overdue).length;
    expect(count).toBeGreaterThan(0);
    expect(rows.slice(0, count).every(overdue)).toBe(true);
    for (const group of [rows.slice(0, count), rows.slice(count)]) {
      const times = group.map((r) => r.deadline.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const paged = [];
    for (let page = 1; page <= Math.ceil(total / 7); page++)
      paged.push(...(await listHazards(users.chief!, { page, pageSize: 7, now })).rows);
    expect(paged.map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it("keeps each user to their scope and filters by status", async () => {
    const mine = await listHazards(users.liaison1!, { pageSize: 1000 });
    expect(mine.rows.every((r) => r.enterprise.id === own)).toBe(true);
    expect((await listHazards(users.admin!)).total).toBe(0);
    const closed = await listHazards(users.chief!, { status: "CLOSED", pageSize: 1000 });
    expect(closed.rows.every((r) => r.status === "CLOSED")).toBe(true);
    expect(closed.total).toBe(await getDb().hazard.count({ where: { status: "CLOSED" } }));
  });

  it("narrows to one enterprise's hazards not yet closed out, within the user's scope", async () => {
    const open = await listHazards(users.chief!, { enterpriseId: own, open: true, pageSize: 1000 });
    expect(open.total).toBe(await getDb().hazard.count({ where: { enterpriseId: own, status: { not: "CLOSED" } } }));
    expect(open.rows.every((r) => r.enterprise.id === own && r.status !== "CLOSED")).toBe(true);
    // Another enterprise's id does not widen a liaison's or officer's scope.
    const other = users.liaison2!.enterpriseId!;
    expect((await listHazards(users.liaison1!, { enterpriseId: other })).total).toBe(0);
    expect((await listHazards(users.officer1!, { enterpriseId: other })).total).toBe(0);
  });
});
