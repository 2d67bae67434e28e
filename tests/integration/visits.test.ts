import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { visitActions } from "@/lib/visits/actions-def";
import {
  cadenceListForOfficer,
  cadencePageForOfficer,
  countyOverdueList,
  countyOverduePage,
  overdueByOfficer,
  recentVisitsOf,
  VISIT_PAGE_SIZE,
} from "@/lib/visits/queries";
import { addDays, chinaDate, chinaDayNumber } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

/** The instant the whole file runs at: the seed's visits, the date limits and the cadence all read it. */
const NOW = "2026-11-10T10:00:00+08:00";
/** A China date `offsetDays` from today. */
const chinaToday = (offsetDays = 0) => chinaDate(addDays(clock.now(), offsetDays));

const users: Record<string, SessionUser> = {};
let own: string; // liaison1's enterprise, officer1's
let restoreClock: () => void;

beforeAll(async () => {
  restoreClock = setClock(NOW);
  await loadDemo();
  for (const name of ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"])
    users[name] = await sessionUserOf(name);
  own = users.liaison1!.enterpriseId!;
});

afterAll(() => restoreClock());

const input = (over: Record<string, unknown> = {}) => ({
  enterpriseId: own,
  visitedOn: chinaToday(-1),
  kind: "SAFETY_INSPECTION",
  participants: "安保部经理、联络员",
  findings: "消防通道畅通，监控室值守正常。",
  ...over,
});
const counts = async () => ({
  visits: await getDb().visit.count(),
  audits: await getDb().auditEvent.count({ where: { action: "visit.log" } }),
});

/** Overdue (incl. never visited) per officer, from plain reads: last visit's China day more than 30 days ago. */
/** The county's officers' assigned and overdue enterprises, read plainly (the demo city holds a second county). */
async function overdueIndependently(
  bureauId: string,
): Promise<Map<string, { assigned: number; overdue: Set<string> }>> {
  const db = getDb();
  const enterprises = await db.enterprise.findMany({
    where: { bureauId, active: true, responsibleOfficerId: { not: null } },
    select: { id: true, responsibleOfficerId: true },
  });
  const visits = await db.visit.findMany({ select: { enterpriseId: true, visitedAt: true } });
  const latest = new Map<string, number>();
  for (const v of visits)
    latest.set(v.enterpriseId, Math.max(latest.get(v.enterpriseId) ?? -Infinity, chinaDayNumber(v.visitedAt)));
  const today = chinaDayNumber(clock.now());
  const out = new Map<string, { assigned: number; overdue: Set<string> }>();
  for (const e of enterprises) {
    const entry = out.get(e.responsibleOfficerId!) ?? { assigned: 0, overdue: new Set<string>() };
    entry.assigned++;
    const last = latest.get(e.id);
    if (last === undefined || today - last > 30) entry.overdue.add(e.id);
    out.set(e.responsibleOfficerId!, entry);
  }
  return out;
}

describe("logging a visit", () => {
  it.each([
    ["officer1", true, null],
    ["chief", true, null],
    ["officer2", false, "errors.notFound"],
    ["liaison1", false, "errors.forbidden"],
    ["liaison2", false, "errors.forbidden"],
    ["admin", false, "errors.forbidden"],
  ] as const)("%s on liaison1's enterprise: allowed %s", async (name, allowed, message) => {
    const before = await counts();
    const result = await runAs(users[name]!, visitActions.log, input());
    if (allowed) {
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      const visit = await getDb().visit.findUniqueOrThrow({ where: { id: result.data.id } });
      expect(visit).toMatchObject({ enterpriseId: own, officerId: users[name]!.id, kind: "SAFETY_INSPECTION" });
      expect(visit.visitedAt).toEqual(new Date(`${chinaToday(-1)}T00:00:00+08:00`));
      const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: visit.id, action: "visit.log" } });
      expect(audit.actorId).toBe(users[name]!.id);
      expect(await counts()).toEqual({ visits: before.visits + 1, audits: before.audits + 1 });
    } else {
      expect(result).toMatchObject({ ok: false, message });
      expect(await counts()).toEqual(before);
    }
  });

  it("answers bad input at the fields and writes nothing", async () => {
    const before = await counts();
    const result = await runAs(
      users.officer1!,
      visitActions.log,
      input({ visitedOn: chinaToday(1), kind: "PICNIC", findings: "" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["findings", "kind", "visitedOn"]);
    expect(result.fieldErrors?.visitedOn).toEqual(["visits.errors.dateFuture"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses dates older than 90 days or not on the calendar, and accepts today", async () => {
    const old = await runAs(users.officer1!, visitActions.log, input({ visitedOn: chinaToday(-91) }));
    expect(old.ok ? null : old.fieldErrors?.visitedOn).toEqual(["visits.errors.dateTooOld"]);
    const bogus = await runAs(users.officer1!, visitActions.log, input({ visitedOn: "2026-02-30" }));
    expect(bogus.ok ? null : bogus.fieldErrors?.visitedOn).toEqual(["visits.errors.dateInvalid"]);
    expect(await runAs(users.officer1!, visitActions.log, input({ visitedOn: chinaToday() }))).toMatchObject({
      ok: true,
    });
    expect(await runAs(users.officer1!, visitActions.log, input({ visitedOn: chinaToday(-90) }))).toMatchObject({
      ok: true,
    });
  });
});

describe("hazards listed with a visit", () => {
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  const photo = () => new File([Uint8Array.from(PNG)], "现场.png", { type: "image/png" });
  const hazard = (over: Record<string, unknown> = {}) => ({
    description: "消防栓被货物遮挡。",
    location: "成品仓库",
    severity: "MEDIUM",
    deadline: chinaToday(10),
    ...over,
  });
  let uploadDir: string;
  const stored = async () =>
    (await readdir(uploadDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  const written = async () => ({
    ...(await counts()),
    hazards: await getDb().hazard.count(),
    notes: await getDb().notification.count({ where: { kind: "hazardListed" } }),
    files: await stored(),
  });

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(tmpdir(), "jqt-visit-uploads-"));
    process.env.UPLOAD_DIR = uploadDir;
  });
  afterAll(async () => {
    delete process.env.UPLOAD_DIR;
    await rm(uploadDir, { recursive: true, force: true });
  });

  it("writes the visit and its hazards together, sourced from the visit, and tells the liaisons", async () => {
    const before = await written();
    const result = await runAs(
      users.officer1!,
      visitActions.log,
      input({ hazards: [hazard({ attachments: [photo()] }), hazard({ location: "配电房", severity: "HIGH" })] }),
    );
    if (!result.ok) throw new Error(result.message);
    const hazards = await getDb().hazard.findMany({
      where: { visitId: result.data.id },
      orderBy: { createdAt: "asc" },
      include: { attachments: true },
    });
    expect(
      hazards.map((h) => [h.source, h.enterpriseId, h.location, h.severity, h.listedById, h.attachments.length]),
    ).toEqual([
      ["VISIT", own, "成品仓库", "MEDIUM", users.officer1!.id, 1],
      ["VISIT", own, "配电房", "HIGH", users.officer1!.id, 0],
    ]);
    expect(result.data.hazardIds.sort()).toEqual(hazards.map((h) => h.id).sort());
    const liaisons = await getDb().user.count({ where: { enterpriseId: own, role: "LIAISON", active: true } });
    expect(await written()).toEqual({
      ...before,
      visits: before.visits + 1,
      audits: before.audits + 1,
      hazards: before.hazards + 2,
      notes: before.notes + 2 * liaisons,
      files: before.files + 1,
    });
  });

  it("takes the rows of a form post (hazards.<n>.<field>) and reports errors at the row's field", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(input())) form.append(k, String(v));
    form.append("hazards.0.description", "安全出口指示灯损坏。");
    form.append("hazards.0.severity", "LOW");
    form.append("hazards.0.deadline", chinaToday(5));
    form.append("hazards.1.description", "x");
    form.append("hazards.1.severity", "LOW");
    form.append("hazards.1.deadline", chinaToday(-2));
    const before = await written();
    const bad = await runAs(users.officer1!, visitActions.log, form);
    expect(bad.ok ? null : Object.keys(bad.fieldErrors ?? {}).sort()).toEqual([
      "hazards.1.deadline",
      "hazards.1.description",
    ]);
    expect(await written()).toEqual(before);
    form.set("hazards.1.description", "叉车充电区未设隔离。");
    form.set("hazards.1.deadline", chinaToday(3));
    const ok = await runAs(users.officer1!, visitActions.log, form);
    expect(ok.ok ? ok.data.hazardIds.length : ok.message).toBe(2);
  });

  it("writes nothing, files included, when the visit is refused", async () => {
    const before = await written();
    const other = await runAs(
      users.officer2!,
      visitActions.log,
      input({ hazards: [hazard({ attachments: [photo()] })] }),
    );
    expect(other).toMatchObject({ ok: false, message: "errors.notFound" });
    const tooMany = await runAs(
      users.officer1!,
      visitActions.log,
      input({ hazards: Array.from({ length: 6 }, () => hazard()) }),
    );
    expect(tooMany.ok ? null : tooMany.fieldErrors?.hazards).toEqual(["visits.errors.tooManyHazards"]);
    const badPhoto = new File([new TextEncoder().encode("plain text")], "x.png");
    const refusedFile = await runAs(
      users.officer1!,
      visitActions.log,
      input({ hazards: [hazard({ attachments: [photo()] }), hazard({ attachments: [badPhoto] })] }),
    );
    expect(refusedFile.ok ? null : Object.keys(refusedFile.fieldErrors ?? {})).toEqual(["hazards.1.attachments"]);
    expect(await written()).toEqual(before);
  });
});

describe("cadence", () => {
  it("lists each officer's enterprises overdue and never-visited first, matching plain reads", async () => {
    const expected = await overdueIndependently(users.chief!.bureauId);
    const officers = await getDb().user.findMany({
      where: { bureauId: users.chief!.bureauId, role: "OFFICER" },
      select: { username: true },
    });
    let late = 0;
    for (const { username } of officers) {
      const user = await sessionUserOf(username);
      const list = await cadenceListForOfficer(user);
      const mine = expected.get(user.id) ?? { assigned: 0, overdue: new Set<string>() };
      expect(list).toHaveLength(mine.assigned);
      const overdue = list.filter((r) => r.status === "overdue" || r.status === "never");
      expect(new Set(overdue.map((r) => r.id))).toEqual(mine.overdue);
      // Every overdue or never-visited row comes before every other one, the most overdue first.
      expect(list.slice(0, overdue.length)).toEqual(overdue);
      const days = overdue.filter((r) => r.status === "overdue").map((r) => r.daysOverdue);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      late += overdue.length;
    }
    expect(late).toBeGreaterThan(0);
  });

  it("gives chiefs overdue counts per officer and the county's overdue list", async () => {
    const expected = await overdueIndependently(users.chief!.bureauId);
    const rows = await overdueByOfficer(users.chief!);
    const officers = await getDb().user.count({
      where: { bureauId: users.chief!.bureauId, role: "OFFICER", active: true },
    });
    expect(rows).toHaveLength(officers);
    for (const row of rows) {
      expect({ id: row.id, assigned: row.assigned, overdue: row.overdue }).toEqual({
        id: row.id,
        assigned: expected.get(row.id)?.assigned ?? 0,
        overdue: expected.get(row.id)?.overdue.size ?? 0,
      });
    }
    const county = await countyOverdueList(users.chief!);
    const all = new Set([...expected.values()].flatMap((e) => [...e.overdue]));
    expect(new Set(county.map((r) => r.id))).toEqual(all);
    expect(county.every((r) => r.status === "overdue" || r.status === "never")).toBe(true);
  });

  it("pages both lists: the pages together are the whole list, in its order, with its count", async () => {
    const officer = users.officer1!;
    const whole = await cadenceListForOfficer(officer);
    const pages = Math.ceil(whole.length / VISIT_PAGE_SIZE) + 1;
    const officerPages = await Promise.all(
      Array.from({ length: pages }, (_, i) => cadencePageForOfficer(officer, i + 1)),
    );
    expect(officerPages.every((p) => p.total === whole.length)).toBe(true);
    expect(officerPages.flatMap((p) => p.rows)).toEqual(whole);
    expect(officerPages.at(-1)!.rows).toEqual([]);

    const county = await countyOverdueList(users.chief!);
    const countyPages = await Promise.all(
      Array.from({ length: Math.ceil(county.length / VISIT_PAGE_SIZE) + 1 }, (_, i) =>
        countyOverduePage(users.chief!, i + 1),
      ),
    );
    expect(countyPages.every((p) => p.total === county.length)).toBe(true);
    expect(countyPages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(county.map((r) => r.id));
    // Nobody but a chief gets the county's page.
    expect(await countyOverduePage(officer, 1)).toEqual({ rows: [], total: 0 });
  });

  it("moves an enterprise off the overdue list once visited", async () => {
    const [first] = await countyOverdueList(users.chief!);
    expect(first).toBeDefined();
    const owner = await getDb().enterprise.findUniqueOrThrow({
      where: { id: first!.id },
      select: { responsibleOfficer: { select: { username: true } } },
    });
    const officer = await sessionUserOf(owner.responsibleOfficer!.username);
    expect(
      await runAs(officer, visitActions.log, input({ enterpriseId: first!.id, visitedOn: chinaToday() })),
    ).toMatchObject({ ok: true });
    const after = (await cadenceListForOfficer(officer)).find((r) => r.id === first!.id)!;
    expect(after.status).toBe("ok");
    expect((await countyOverdueList(users.chief!)).map((r) => r.id)).not.toContain(first!.id);
  });
});

describe("an enterprise's latest visit", () => {
  it("stays on its row equal to its visits' latest as visits are added, moved and removed", async () => {
    const db = getDb();
    const { id: other } = await db.enterprise.findFirstOrThrow({
      where: { bureauId: users.officer1!.bureauId, id: { not: own } },
      select: { id: true },
    });
    const kept = async (id: string) =>
      (await db.enterprise.findUniqueOrThrow({ where: { id }, select: { lastVisitedAt: true } })).lastVisitedAt;
    const read = async (id: string) =>
      (await db.visit.aggregate({ where: { enterpriseId: id }, _max: { visitedAt: true } }))._max.visitedAt;
    const agree = async () => {
      for (const id of [own, other]) expect(await kept(id)).toEqual(await read(id));
    };
    const before = await kept(own);
    expect(before).not.toBeNull();
    const visit = (enterpriseId: string, daysAgo: number) =>
      db.visit.create({
        data: {
          bureauId: users.officer1!.bureauId,
          enterpriseId,
          officerId: users.officer1!.id,
          visitedAt: addDays(clock.now(), -daysAgo),
          kind: "ROUTINE",
        },
      });

    const old = await visit(own, 400);
    expect(await kept(own)).toEqual(before);
    const latest = await visit(own, 0);
    expect(await kept(own)).toEqual(clock.now());
    await db.visit.update({ where: { id: latest.id }, data: { visitedAt: addDays(clock.now(), -800) } });
    expect(await kept(own)).toEqual(before);
    await agree();
    await db.visit.update({ where: { id: latest.id }, data: { visitedAt: clock.now(), enterpriseId: other } });
    expect(await kept(other)).toEqual(clock.now());
    await agree();
    await db.visit.deleteMany({ where: { id: { in: [old.id, latest.id] } } });
    await agree();
    expect(await kept(own)).toEqual(before);
  });
});

describe("reading visits", () => {
  it("shows police an enterprise's latest visits and liaisons none", async () => {
    const officerView = await recentVisitsOf(users.officer1!, own);
    expect(officerView.length).toBeGreaterThan(0);
    expect(officerView.length).toBeLessThanOrEqual(10);
    expect(officerView.map((v) => v.visitedAt.getTime())).toEqual(
      officerView.map((v) => v.visitedAt.getTime()).sort((a, b) => b - a),
    );
    expect(await recentVisitsOf(users.chief!, own)).toHaveLength(officerView.length);
    expect(await recentVisitsOf(users.liaison1!, own)).toEqual([]);
    expect(await recentVisitsOf(users.officer2!, own)).toEqual([]);
  });
});

describe("county cadence figures", () => {
  it("are given to chiefs only", async () => {
    for (const username of ["officer1", "liaison1", "admin"]) {
      const user = await sessionUserOf(username);
      expect(await overdueByOfficer(user), username).toEqual([]);
      expect(await countyOverdueList(user), username).toEqual([]);
    }
    expect((await overdueByOfficer(await sessionUserOf("chief"))).length).toBeGreaterThan(0);
  });
});
