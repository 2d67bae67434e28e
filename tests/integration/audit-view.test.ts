// The audit view and record histories: filters, keyset pages, the exported file, the county's scope
// (a second county's rows never show), who may read the log, and personal data masked in histories.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { auditFile } from "@/lib/audit/export-file";
import { parseAuditFilters } from "@/lib/audit/filters";
import { canReadAuditLog } from "@/lib/audit/policy";
import { auditExportRows, auditPage, recordHistory, type PreparedEvent } from "@/lib/audit/queries";
import { auditSheet } from "@/lib/audit/sheet";
import type { Words } from "@/lib/audit/words";
import { getRequestForUser } from "@/lib/residency/queries";
import { acceptTicket, addComment, createTicket } from "@/lib/tickets/commands";
import { setClock } from "@/lib/time/clock";
import { MESSAGES } from "@/messages";
import { loadDemo, sessionUserOf } from "../support/demo";

const NAMES = ["liaison1", "officer1", "chief", "admin"] as const;
const users = {} as Record<(typeof NAMES)[number] | "otherChief", SessionUser>;
let ticketId: string;
let requestId: string;
let fullIdNumber: string;
let otherBureauId: string;
let restoreClock: () => void;

function wordsOf(locale: "zh-CN" | "en"): Words {
  const find = (key: string) =>
    key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], MESSAGES[locale]);
  return {
    locale,
    has: (key) => typeof find(key) === "string",
    t: (key, values) =>
      String(find(key) ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`)),
  };
}

/** Every row the filters match, page after page, as the "older entries" link walks them. */
async function allPages(user: SessionUser, params: Record<string, string>, pageSize: number) {
  const pages: PreparedEvent[][] = [];
  let after: string | undefined;
  do {
    const { rows, next } = await auditPage(
      user,
      parseAuditFilters({ ...params, ...(after ? { after } : {}) }),
      pageSize,
    );
    pages.push(rows);
    after = next ?? undefined;
  } while (after && pages.length < 20);
  return pages;
}

beforeAll(async () => {
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  const db = getDb();

  // A ticket with a public step (accept) and a police-only one (an internal note).
  const ticket = await createTicket(users.liaison1, {
    category: "SECURITY_HAZARD",
    priority: "NORMAL",
    title: "北门监控损坏",
    description: "北门摄像头三天无画面。",
    location: "北门",
  });
  ticketId = ticket.id;
  const assignee = (await db.ticket.findUniqueOrThrow({ where: { id: ticketId } })).assigneeId;
  expect(assignee).toBe(users.officer1.id);
  await acceptTicket(users.officer1, { ticketId, version: 0 });
  await addComment(users.officer1, { ticketId, body: "已联系物业。" }, true);

  // The reviewing officer opens a request's full numbers: an audited view of personal data.
  const request = await db.residencyRequest.findFirstOrThrow({
    where: { enterprise: { responsibleOfficerId: users.officer1.id }, status: { not: "DRAFT" } },
  });
  requestId = request.id;
  fullIdNumber = request.applicantIdNumber;
  expect(await getRequestForUser(users.officer1, requestId)).toMatchObject({ fullApplicant: true });
  // A row that carries personal data in before/after (no command writes one today; a history must not rely on that).
  await db.auditEvent.create({
    data: {
      bureauId: users.chief.bureauId,
      actorId: users.officer1.id,
      action: "residency.correctApplicant",
      entity: "ResidencyRequest",
      entityId: requestId,
      before: { applicantPhone: "13900001111" },
      after: { applicantIdNumber: request.applicantIdNumber, applicantPhone: request.applicantPhone },
    },
  });

  // A second county with its own chief, whose rows name the same ticket id and the same officer.
  const other = await db.bureau.create({ data: { code: "OTHER", name: "邻县公安局", nameEn: "Other County PSB" } });
  otherBureauId = other.id;
  const otherChief = await db.user.create({
    data: { bureauId: other.id, username: "other-chief", name: "邻县所长", passwordHash: "-", role: "CHIEF" },
  });
  users.otherChief = await sessionUserOf(otherChief.username);
  for (const action of ["ticket.accept", "residency.viewPii", "other.county"]) {
    await db.auditEvent.create({
      data: {
        bureauId: other.id,
        actorId: otherChief.id,
        action,
        entity: "Ticket",
        entityId: ticketId,
        after: { status: "ACCEPTED", assigneeId: users.officer1.id },
      },
    });
  }

  // Rows at chosen instants for the period and paging tests.
  const at = (iso: string) => new Date(iso);
  const bureauId = users.chief.bureauId;
  for (const iso of [
    "2026-11-01T23:30:00+08:00",
    "2026-11-02T00:30:00+08:00",
    "2026-11-02T23:59:00+08:00",
    "2026-11-03T00:00:00+08:00",
  ]) {
    await db.auditEvent.create({
      data: {
        bureauId,
        actorId: users.admin.id,
        action: "test.period",
        entity: "Bureau",
        entityId: bureauId,
        createdAt: at(iso),
      },
    });
  }
  // Seven rows, three of them at the same instant: pages must neither skip nor repeat ties.
  const times = ["10:00:00", "10:00:01", "10:00:02", "10:00:02", "10:00:02", "10:00:03", "10:00:04"];
  for (const [i, time] of times.entries()) {
    await db.auditEvent.create({
      data: {
        bureauId,
        actorId: users.admin.id,
        action: "test.page",
        entity: "Bureau",
        entityId: `row-${i}`,
        createdAt: at(`2026-11-05T${time}+08:00`),
      },
    });
  }
});

afterAll(() => restoreClock());

describe("who reads the audit log", () => {
  it("admits the county's chiefs and administrators and refuses liaisons and officers", async () => {
    expect(canReadAuditLog(users.chief)).toBe(true);
    expect(canReadAuditLog(users.admin)).toBe(true);
    for (const user of [users.liaison1, users.officer1]) {
      expect(canReadAuditLog(user)).toBe(false);
      await expect(auditPage(user, parseAuditFilters({}))).rejects.toThrow(/forbidden/);
      await expect(auditExportRows(user, parseAuditFilters({}))).rejects.toThrow(/forbidden/);
    }
  });

  it("shows a county only its own rows, whatever the filter asks for", async () => {
    for (const user of [users.chief, users.admin]) {
      const rows = (await allPages(user, {}, 200)).flat();
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.map((r) => r.action)).not.toContain("other.county");
      const byTicket = (await allPages(user, { entity: "Ticket", actor: users.otherChief.id }, 50)).flat();
      expect(byTicket).toEqual([]);
      const pii = (await auditPage(user, parseAuditFilters({ pii: "1" }))).rows;
      expect(pii.map((r) => r.actor?.id)).toEqual([users.officer1.id]);
    }
    const theirs = (await auditPage(users.otherChief, parseAuditFilters({}))).rows;
    expect(theirs.map((r) => r.action).sort()).toEqual(["other.county", "residency.viewPii", "ticket.accept"]);
    // Another county's officer is not named to them: the id resolves to nothing.
    expect(theirs[0]!.changes.find((c) => c.field === "assigneeId")!.after).toEqual({ kind: "unknown" });
    const exported = await auditExportRows(users.chief, parseAuditFilters({}));
    expect(exported.rows.map((r) => r.action)).not.toContain("other.county");
  });
});

describe("the filters", () => {
  it("narrow by person, record kind and action", async () => {
    const byOfficer = (await auditPage(users.chief, parseAuditFilters({ actor: users.officer1.id }))).rows;
    expect(new Set(byOfficer.map((r) => r.action))).toEqual(
      new Set(["ticket.accept", "ticket.note", "residency.viewPii", "residency.correctApplicant"]),
    );
    expect(byOfficer.every((r) => r.actor?.name === "王建国" || r.actor?.id === users.officer1.id)).toBe(true);
    const tickets = (await auditPage(users.chief, parseAuditFilters({ entity: "Ticket" }))).rows;
    expect(tickets.every((r) => r.entity === "Ticket" && r.entityId === ticketId)).toBe(true);
    expect(tickets.map((r) => r.action)).toEqual(["ticket.note", "ticket.accept", "ticket.create"]);
    const accepted = (await auditPage(users.chief, parseAuditFilters({ action: "ticket.accept" }))).rows;
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.changes).toEqual([
      {
        field: "status",
        before: { kind: "enum", namespace: "tickets.statuses", value: "SUBMITTED" },
        after: { kind: "enum", namespace: "tickets.statuses", value: "ACCEPTED" },
      },
    ]);
    expect(accepted[0]!.href).toBe(`/tickets/${ticketId}`);
  });

  it("bound the period by China calendar days, both included", async () => {
    const days = async (from?: string, to?: string) =>
      (
        await auditPage(
          users.chief,
          parseAuditFilters({ action: "test.period", ...(from ? { from } : {}), ...(to ? { to } : {}) }),
        )
      ).rows.map((r) => r.at.toISOString());
    expect(await days("2026-11-02", "2026-11-02")).toEqual(["2026-11-02T15:59:00.000Z", "2026-11-01T16:30:00.000Z"]);
    expect(await days("2026-11-03")).toEqual(["2026-11-02T16:00:00.000Z"]);
    expect(await days(undefined, "2026-11-01")).toEqual(["2026-11-01T15:30:00.000Z"]);
    expect(await days()).toHaveLength(4);
  });

  it("'PII views only' lists the audited reads of personal data and nothing else", async () => {
    const rows = (await auditPage(users.chief, parseAuditFilters({ pii: "1" }))).rows;
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([["residency.viewPii", requestId]]);
  });
});

describe("paging", () => {
  it("walks every row once, newest first, ties included, and says when there are no more", async () => {
    const pages = await allPages(users.chief, { action: "test.page" }, 3);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    const ids = pages.flat().map((r) => r.entityId);
    expect(new Set(ids).size).toBe(7);
    expect(ids[0]).toBe("row-6");
    expect(ids.at(-1)).toBe("row-0");
    const instants = pages.flat().map((r) => r.at.getTime());
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    const exact = await auditPage(users.chief, parseAuditFilters({ action: "test.page" }), 7);
    expect(exact.next).toBeNull();
  });
});

describe("the export", () => {
  it("writes the filtered rows, every page of them, in words, as XLSX and CSV", async () => {
    const filters = parseAuditFilters({ entity: "Ticket", after: "1700000000000.1" });
    const { rows, truncated } = await auditExportRows(users.chief, filters);
    // The page position is not a filter: the export starts from the newest row.
    expect(rows.map((r) => r.action)).toEqual(["ticket.note", "ticket.accept", "ticket.create"]);
    expect(truncated).toBe(false);

    const zh = auditSheet(wordsOf("zh-CN"), rows, truncated);
    const xlsx = await auditFile(zh, "xlsx", "审计日志");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("审计日志");
    const values = sheet.getSheetValues().slice(1) as unknown[][];
    expect(values[0]!.slice(1)).toEqual(["时间（北京时间）", "人员", "操作", "记录类型", "记录编号", "变更"]);
    expect(values).toHaveLength(4);
    const accept = values.find((r) => r[3] === "受理问题")!;
    expect(accept[4]).toBe("问题账单");
    expect(accept[5]).toBe(ticketId);
    expect(accept[6]).toBe("状态: 待受理 → 已受理");

    const en = auditSheet(wordsOf("en"), rows, truncated);
    const csv = await auditFile(en, "csv", "Audit log");
    const parsed = Papa.parse<string[]>((csv.body as string).replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(["Time (China)", "Person", "Action", "Record kind", "Record id", "Changes"]);
    expect(parsed.data.slice(1).map((r) => r[2])).toEqual([
      "Added an internal note",
      "Accepted the ticket",
      "Filed the ticket",
    ]);
    expect(parsed.data.find((r) => r[2] === "Accepted the ticket")![5]).toBe("Status: Submitted → Accepted");
  });

  it("says in the file when the filter matched more rows than one export holds", async () => {
    const { rows, truncated } = await auditExportRows(users.chief, parseAuditFilters({ action: "test.page" }), 5);
    expect(rows).toHaveLength(5);
    expect(truncated).toBe(true);
    expect(auditSheet(wordsOf("en"), rows, truncated).rows.at(-1)![0]).toMatch(/Narrow the filters/);
  });

  it("masks personal data for the chief, who may not read it in full", async () => {
    const { rows } = await auditExportRows(users.chief, parseAuditFilters({ action: "residency.correctApplicant" }));
    const text = JSON.stringify(auditSheet(wordsOf("en"), rows, false));
    expect(text).not.toContain(fullIdNumber);
    expect(text).toContain(`${fullIdNumber.slice(0, 4)}**********${fullIdNumber.slice(14)}`);
    expect(text).not.toContain("13900001111");
  });
});

describe("a record's history", () => {
  it("lists the record's steps with who did them, without another county's rows", async () => {
    const { rows, more } = await recordHistory(users.chief, "Ticket", ticketId);
    expect(more).toBe(false);
    expect(rows.map((r) => r.action)).toEqual(["ticket.note", "ticket.accept", "ticket.create"]);
    expect(rows.map((r) => r.actor?.id)).toEqual([users.officer1.id, users.officer1.id, users.liaison1.id]);
    const other = await recordHistory(users.otherChief, "Ticket", ticketId);
    expect(other.rows.map((r) => r.action).sort()).toEqual(["other.county", "residency.viewPii", "ticket.accept"]);
  });

  it("leaves out the police's internal steps for the enterprise's side", async () => {
    const seen = (await recordHistory(users.liaison1, "Ticket", ticketId)).rows.map((r) => r.action);
    expect(seen).toEqual(["ticket.accept", "ticket.create"]);
    const request = (await recordHistory(users.liaison1, "ResidencyRequest", requestId)).rows.map((r) => r.action);
    expect(request).not.toContain("residency.viewPii");
    expect((await recordHistory(users.officer1, "ResidencyRequest", requestId)).rows.map((r) => r.action)).toContain(
      "residency.viewPii",
    );
    // The responsible-officer history is the police's, as on the enterprise's page.
    const enterpriseId = users.liaison1.enterpriseId!;
    await getDb().auditEvent.create({
      data: {
        bureauId: users.chief.bureauId,
        actorId: users.chief.id,
        action: "enterprise.assignOfficer",
        entity: "Enterprise",
        entityId: enterpriseId,
        before: { responsibleOfficerId: null },
        after: { responsibleOfficerId: users.officer1.id, reason: "调岗" },
      },
    });
    const ofEnterprise = async (user: SessionUser) =>
      (await recordHistory(user, "Enterprise", enterpriseId)).rows.map((r) => r.action);
    expect(await ofEnterprise(users.liaison1)).not.toContain("enterprise.assignOfficer");
    expect(await ofEnterprise(users.officer1)).toContain("enterprise.assignOfficer");
    const assigned = (await recordHistory(users.chief, "Enterprise", enterpriseId)).rows[0]!;
    expect(assigned.changes.find((c) => c.field === "responsibleOfficerId")).toMatchObject({
      field: "responsibleOfficerId",
      before: { kind: "empty" },
      after: { kind: "named", name: users.officer1.name },
    });
  });

  it("masks identity and phone numbers for whoever the page shows them masked to", async () => {
    const masked = `${fullIdNumber.slice(0, 4)}**********${fullIdNumber.slice(14)}`;
    for (const user of [users.liaison1, users.chief]) {
      const { rows } = await recordHistory(user, "ResidencyRequest", requestId);
      const text = JSON.stringify(rows);
      expect(text).not.toContain(fullIdNumber);
      expect(text).not.toContain("13900001111");
      const change = rows.find((r) => r.action === "residency.correctApplicant")!.changes;
      expect(change.find((c) => c.field === "applicantIdNumber")!.after).toEqual({ kind: "masked", text: masked });
      expect(change.find((c) => c.field === "applicantPhone")!.before).toEqual({ kind: "masked", text: "139****1111" });
    }
    const { rows } = await recordHistory(users.officer1, "ResidencyRequest", requestId);
    expect(JSON.stringify(rows)).toContain(fullIdNumber);
  });

  it("is empty for a record of another county, even asked by its id", async () => {
    await getDb().auditEvent.create({
      data: { bureauId: otherBureauId, action: "hazard.list", entity: "Hazard", entityId: "their-hazard", after: {} },
    });
    expect((await recordHistory(users.otherChief, "Hazard", "their-hazard")).rows).toHaveLength(1);
    expect((await recordHistory(users.chief, "Hazard", "their-hazard")).rows).toEqual([]);
  });
});
