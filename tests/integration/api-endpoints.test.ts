// The API's hazards, residency, advisories and notifications, walked through the door with the demo
// accounts' tokens: what each role reads and changes, and the same refusals the pages give.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { advisoryActions } from "@/lib/advisories/actions-def";
import { hazardActions } from "@/lib/hazards/actions-def";
import { residencyActions } from "@/lib/residency/actions-def";
import { maskIdNumber, maskPhone } from "@/lib/residency/mask";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { route } from "@/lib/api/door";
import { API_ENDPOINTS } from "@/lib/api/registry";
import { api as callApi, tokenOf, tokenRequest, type ApiCall } from "../support/api";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

/** A call through the door whose successful answer must match the schema its endpoint documents. */
async function api(method: string, pathAndQuery: string, call: ApiCall = {}) {
  const answer = await callApi(method, pathAndQuery, call);
  if (answer.status < 300) {
    const found = route(API_ENDPOINTS, method, pathAndQuery.split("?")[0]!);
    if (!found || !("endpoint" in found)) throw new Error(`no endpoint for ${method} ${pathAndQuery}`);
    const checked = found.endpoint.response.safeParse(answer.body);
    if (!checked.success)
      throw new Error(`${method} ${pathAndQuery} answered off its schema: ${checked.error.message}`);
  }
  return answer;
}

const NAMES = ["liaison1", "liaison2", "officer1", "chief", "admin"] as const;
type Name = (typeof NAMES)[number];
const users = {} as Record<Name, SessionUser>;
const tokens = {} as Record<Name, string>;
let own: string; // liaison1's enterprise, one of officer1's
let uploadDir: string;
let restoreClock: () => void;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "jqt-api-endpoints-"));
  process.env.UPLOAD_DIR = uploadDir;
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  for (const name of ["liaison1", "liaison2", "officer1", "chief"] as const) {
    const answer = await tokenRequest({ grantType: "password", username: name, password: "demo1234", client: "test" });
    expect(answer.status).toBe(200);
    tokens[name] = answer.body.accessToken;
  }
  tokens.admin = await tokenOf(users.admin.id);
  own = users.liaison1.enterpriseId!;
});

afterAll(async () => {
  restoreClock();
  delete process.env.UPLOAD_DIR;
  await rm(uploadDir, { recursive: true, force: true });
});

const as = (name: Name, more: { json?: unknown; form?: FormData; headers?: Record<string, string> } = {}) => ({
  token: tokens[name],
  ...more,
});

/** A hazard officer1 lists at liaison1's enterprise through the portal's own action. */
async function listedHazard(description = "消防通道堆放杂物，影响疏散。") {
  const result = await runAs(users.officer1, hazardActions.list, {
    enterpriseId: own,
    description,
    location: `二号车间 ${Math.random().toString(36).slice(2, 8)}`,
    severity: "HIGH",
    deadline: chinaDate(addDays(clock.now(), 7)),
  });
  if (!result.ok) throw new Error(`listing failed: ${result.message}`);
  return result.data.id;
}

describe("hazards", () => {
  it("a liaison reads its enterprise's hazard, starts rectifying and reports it with a photo", async () => {
    const id = await listedHazard();

    const list = await api("GET", "/hazards?status=LISTED", as("liaison1"));
    expect(list.status).toBe(200);
    expect(list.body.items.map((h: { id: string }) => h.id)).toContain(id);
    expect(list.body.items.every((h: { enterprise: { id: string } }) => h.enterprise.id === own)).toBe(true);
    expect(list.body).toMatchObject({ page: 1, pageSize: 20 });

    const read = await api("GET", `/hazards/${id}`, as("liaison1"));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id,
      status: "LISTED",
      severity: "HIGH",
      version: 0,
      overdue: false,
      source: "DIRECT",
      ticket: null,
      visit: null,
      rectifyNote: null,
      rectifiedAt: null,
      photos: [],
      rectificationPhotos: [],
      enterprise: { id: own },
    });
    expect(new Date(read.body.deadline).getTime()).toBeGreaterThan(clock.now().getTime());

    const started = await api("POST", `/hazards/${id}/start`, as("liaison1", { json: { version: 0 } }));
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: "RECTIFYING", version: 1 });
    const stale = await api("POST", `/hazards/${id}/start`, as("liaison1", { json: { version: 0 } }));
    expect(stale.status).toBe(409);

    const short = await api(
      "POST",
      `/hazards/${id}/rectification`,
      as("liaison1", { json: { version: 1, note: "x" }, headers: { "accept-language": "en" } }),
    );
    expect(short.status).toBe(422);
    expect(short.body.error.code).toBe("invalidInput");
    expect(Object.keys(short.body.error.fields)).toEqual(["note"]);

    const form = new FormData();
    form.set("version", "1");
    form.set("note", "杂物已清运，通道划线并设置禁止堆放标识。");
    form.append("attachments", new File([PNG], "cleared.png", { type: "image/png" }));
    const reported = await api("POST", `/hazards/${id}/rectification`, as("liaison1", { form }));
    expect(reported.body.error ?? null).toBeNull();
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({
      status: "PENDING_VERIFICATION",
      version: 2,
      rectifyNote: "杂物已清运，通道划线并设置禁止堆放标识。",
      rectifiedAt: clock.now().toISOString(),
      photos: [],
      rectificationPhotos: [{ fileName: "cleared.png", mimeType: "image/png", size: PNG.length }],
    });

    const stored = await getDb().hazard.findUniqueOrThrow({
      where: { id },
      include: { attachments: { select: { uploadedById: true } } },
    });
    expect(stored.status).toBe("PENDING_VERIFICATION");
    expect(stored.attachments).toEqual([{ uploadedById: users.liaison1.id }]);
    // The listing officer hears of the report, as when it is sent from the page.
    expect(
      await getDb().notification.count({
        where: { userId: users.officer1.id, kind: "hazardRectified", link: `/hazards/${id}` },
      }),
    ).toBe(1);

    const police = await api("GET", `/hazards/${id}`, as("officer1"));
    expect(police.body).toMatchObject({
      status: "PENDING_VERIFICATION",
      rectificationPhotos: [{ fileName: "cleared.png" }],
    });
  });

  it("answers 404 out of scope, 403 to a role that may not, and 422 for a bad filter", async () => {
    const id = await listedHazard();
    expect((await api("GET", `/hazards/${id}`, as("liaison2"))).status).toBe(404);
    const foreignStart = await api("POST", `/hazards/${id}/start`, as("liaison2", { json: { version: 0 } }));
    expect(foreignStart.status).toBe(404);
    const theirs = await api("GET", "/hazards", as("liaison2"));
    expect(theirs.body.items.map((h: { id: string }) => h.id)).not.toContain(id);

    const officerStart = await api("POST", `/hazards/${id}/start`, as("officer1", { json: { version: 0 } }));
    expect(officerStart.status).toBe(403);
    expect(officerStart.body.error.code).toBe("forbidden");
    expect((await api("GET", "/hazards", as("admin"))).status).toBe(403);
    expect((await getDb().hazard.findUniqueOrThrow({ where: { id } })).status).toBe("LISTED");

    const badFilter = await api("GET", "/hazards?status=NOPE", as("officer1"));
    expect(badFilter.status).toBe(422);
    expect(Object.keys(badFilter.body.error.fields)).toEqual(["status"]);
    const noVersion = await api("POST", `/hazards/${id}/start`, as("liaison1", { json: {} }));
    expect(noVersion.status).toBe(422);
    expect(Object.keys(noVersion.body.error.fields)).toEqual(["version"]);
  });

  it("lists overdue hazards first and only them when asked", async () => {
    const all = await api("GET", "/hazards", as("officer1"));
    const overdue = await api("GET", "/hazards?overdue=true", as("officer1"));
    expect(overdue.body.total).toBeGreaterThan(0);
    expect(overdue.body.items.every((h: { overdue: boolean }) => h.overdue)).toBe(true);
    const flags = all.body.items.map((h: { overdue: boolean }) => h.overdue);
    expect(flags.slice(0, overdue.body.total).every(Boolean)).toBe(true);
  });
});

describe("residency", () => {
  it("a liaison follows its request with the applicant masked and its appointment shown", async () => {
    const db = getDb();
    const request = await db.residencyRequest.findFirstOrThrow({
      where: { enterpriseId: own, status: { not: "DRAFT" }, serviceMode: { in: ["WINDOW", "APPOINTMENT"] } },
      include: { documents: true, enterprise: { select: { workstation: { select: { stationId: true } } } } },
    });
    const slot = await db.appointmentSlot.findFirstOrThrow({
      where: { stationId: request.enterprise.workstation.stationId, startsAt: { gt: clock.now() } },
      orderBy: { startsAt: "asc" },
    });
    expect(
      await runAs(users.liaison1, residencyActions.book, { requestId: request.id, slotId: slot.id }),
    ).toMatchObject({
      ok: true,
    });

    const list = await api("GET", "/residency", as("liaison1"));
    expect(list.status).toBe(200);
    const row = list.body.items.find((r: { id: string }) => r.id === request.id);
    expect(row).toMatchObject({
      number: request.number,
      status: request.status,
      applicantIdNumber: maskIdNumber(request.applicantIdNumber),
      applicantPhone: maskPhone(request.applicantPhone),
    });
    expect(list.body.items.every((r: { enterprise: { id: string } }) => r.enterprise.id === own)).toBe(true);

    const read = await api("GET", `/residency/${request.id}`, as("liaison1"));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: request.id,
      status: request.status,
      fullApplicant: false,
      applicantIdNumber: maskIdNumber(request.applicantIdNumber),
      applicantPhone: maskPhone(request.applicantPhone),
      appointment: { startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() },
    });
    expect(JSON.stringify(read.body)).not.toContain(request.applicantIdNumber);
    expect(JSON.stringify(read.body)).not.toContain(request.applicantPhone);
    expect(read.body.documents).toHaveLength(request.documents.length);
    expect(read.body.documents[0]).toMatchObject({ code: expect.any(String), status: expect.any(String), file: null });
  });

  it("shows the full applicant only to the reviewing officer, and audits that view", async () => {
    const request = await getDb().residencyRequest.findFirstOrThrow({
      where: { enterpriseId: own, status: { not: "DRAFT" } },
    });
    const views = () =>
      getDb().auditEvent.count({
        where: { action: "residency.viewPii", entityId: request.id, actorId: users.officer1.id },
      });
    const before = await views();
    const officer = await api("GET", `/residency/${request.id}`, as("officer1"));
    expect(officer.body).toMatchObject({
      fullApplicant: true,
      applicantIdNumber: request.applicantIdNumber,
      applicantPhone: request.applicantPhone,
    });
    expect(await views()).toBe(before + 1);

    const chief = await api("GET", `/residency/${request.id}`, as("chief"));
    expect(chief.body).toMatchObject({
      fullApplicant: false,
      applicantIdNumber: maskIdNumber(request.applicantIdNumber),
    });
    const queue = await api("GET", "/residency?status=waiting", as("officer1"));
    for (const r of queue.body.items) expect(r.applicantIdNumber).toContain("*");
  });

  it("answers 404 to another enterprise, 403 to an admin and 422 for a bad status", async () => {
    const request = await getDb().residencyRequest.findFirstOrThrow({ where: { enterpriseId: own } });
    expect((await api("GET", `/residency/${request.id}`, as("liaison2"))).status).toBe(404);
    expect((await api("GET", "/residency", as("admin"))).status).toBe(403);
    const bad = await api("GET", "/residency?status=LOST", as("liaison1"));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(["status"]);
  });
});

describe("advisories", () => {
  /** An urgent advisory officer1 sends to liaison1's enterprise alone, through the portal's action. */
  async function sentToOwn() {
    const result = await runAs(users.officer1, advisoryActions.send, {
      title: "夜间防盗提示",
      body: "近期园区发生多起夜间盗窃，请加强巡查并检查监控。",
      urgency: "URGENT",
      targetKind: "ENTERPRISES",
      enterpriseIds: [own],
    });
    if (!result.ok) throw new Error(`sending failed: ${result.message}`);
    return result.data.id;
  }

  const ownRow = (advisoryId: string) =>
    getDb().advisoryRecipient.findUniqueOrThrow({
      where: { advisoryId_enterpriseId: { advisoryId, enterpriseId: own } },
    });
  const readTally = async (advisoryId: string) =>
    (await getDb().advisoryStationTally.findMany({ where: { advisoryId } })).reduce((sum, t) => sum + t.read, 0);

  it("lists unacknowledged urgent ones first, marks one read on reading and acknowledges it", async () => {
    const id = await sentToOwn();
    const list = await api("GET", "/advisories", as("liaison1"));
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ id, urgency: "URGENT", readAt: null, acknowledgedAt: null });
    const acknowledged = list.body.items.map((a: { acknowledgedAt: string | null }) => a.acknowledgedAt !== null);
    expect(acknowledged).toEqual([...acknowledged].sort((a: boolean, b: boolean) => Number(a) - Number(b)));
    expect(list.body.unacknowledged).toBe(acknowledged.filter((a: boolean) => !a).length);

    const read = await api("GET", `/advisories/${id}`, as("liaison1"));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id,
      title: "夜间防盗提示",
      expired: false,
      readAt: clock.now().toISOString(),
      acknowledgedAt: null,
      attachments: [],
    });
    expect((await ownRow(id)).readAt).toEqual(clock.now());
    expect(await readTally(id)).toBe(1);
    // Opening it again is no second reading.
    await api("GET", `/advisories/${id}`, as("liaison1"));
    expect(await readTally(id)).toBe(1);

    const ack = await api("POST", `/advisories/${id}/acknowledge`, as("liaison1"));
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ id, acknowledgedAt: clock.now().toISOString() });
    expect(await ownRow(id)).toMatchObject({ acknowledgedAt: clock.now(), acknowledgedById: users.liaison1.id });
    const after = await api("GET", "/advisories", as("liaison1"));
    expect(after.body.unacknowledged).toBe(list.body.unacknowledged - 1);
  });

  it("answers 404 to an enterprise it did not reach and 403 to the police", async () => {
    const id = await sentToOwn();
    expect((await api("GET", `/advisories/${id}`, as("liaison2"))).status).toBe(404);
    expect((await api("POST", `/advisories/${id}/acknowledge`, as("liaison2"))).status).toBe(404);
    expect((await api("GET", "/advisories", as("officer1"))).status).toBe(403);
    expect((await api("POST", `/advisories/${id}/acknowledge`, as("chief"))).status).toBe(403);
    expect(await ownRow(id)).toMatchObject({ readAt: null, acknowledgedAt: null });
    const bad = await api("GET", "/advisories?page=0", as("liaison1"));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(["page"]);
  });
});

describe("notifications", () => {
  it("lists the user's own in the reader's language and marks them read", async () => {
    const hazardId = await listedHazard("配电箱门未关闭");
    const db = getDb();
    const unreadOf = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

    const en = await api("GET", "/notifications", as("liaison1", { headers: { "accept-language": "en" } }));
    expect(en.status).toBe(200);
    expect(en.body.unread).toBe(await unreadOf(users.liaison1.id));
    expect(en.body.total).toBe(await db.notification.count({ where: { userId: users.liaison1.id } }));
    const listed = en.body.items.find((n: { link: string | null }) => n.link === `/hazards/${hazardId}`);
    expect(listed).toMatchObject({
      kind: "hazardListed",
      text: "New hazard listed: 配电箱门未关闭",
      readAt: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(listed).not.toHaveProperty("params");
    const zh = await api("GET", "/notifications", as("liaison1"));
    expect(zh.body.items.find((n: { id: string }) => n.id === listed.id).text).toBe("新挂牌隐患：配电箱门未关闭");

    const before = en.body.unread as number;
    const marked = await api("POST", "/notifications/read", as("liaison1", { json: { ids: [listed.id] } }));
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ updated: 1, unread: before - 1 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: listed.id } })).readAt).toEqual(clock.now());

    // Someone else's id changes nothing and says nothing.
    const other = await db.notification.findFirstOrThrow({ where: { userId: users.liaison1.id, readAt: null } });
    const foreign = await api("POST", "/notifications/read", as("liaison2", { json: { ids: [other.id] } }));
    expect(foreign.body.updated).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: other.id } })).readAt).toBeNull();

    const none = await api("POST", "/notifications/read", as("liaison1", { json: { ids: [] } }));
    expect(none.status).toBe(422);
    expect(Object.keys(none.body.error.fields)).toEqual(["ids"]);

    const all = await api("POST", "/notifications/read-all", as("liaison1", { json: {} }));
    expect(all.body).toEqual({ updated: before - 1, unread: 0 });
    const unread = await api("GET", "/notifications?unread=true", as("liaison1"));
    expect(unread.body).toMatchObject({ items: [], total: 0, unread: 0 });
    expect(await unreadOf(users.liaison2.id)).toBeGreaterThan(0);
  });
});
