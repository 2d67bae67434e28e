// Every ticket action × every kind of user: only the rightful ones succeed, everyone else is refused
// and the ticket is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { TicketStatus } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { ticketActions, type TicketActionName } from "@/lib/tickets/actions-def";
import { createTicket } from "@/lib/tickets/commands";
import { DAY_MS, HOUR_MS } from "@/lib/time/china";
import { clock, setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

type Actor =
  | "liaison1"
  | "otherLiaisonSameStation"
  | "liaison2"
  | "officer1"
  | "otherOfficerSameStation"
  | "officer2"
  | "chief"
  | "admin"
  | "otherCountyLiaison"
  | "otherCountyOfficer"
  | "otherCountyChief"
  | "city";
const users = {} as Record<Actor, SessionUser>;
let departmentId = "";
let officer2Id = "";
let restoreClock: () => void;

beforeAll(async () => {
  // A Tuesday morning in China; "overdue" below is measured against it.
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
  await loadDemo();
  const db = getDb();
  for (const name of ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const)
    users[name] = await sessionUserOf(name);
  // The second county of the same city, and the city's leader, who reads every county and works none.
  users.otherCountyLiaison = await sessionUserOf("pd-liaison");
  users.otherCountyOfficer = await sessionUserOf("pd-officer");
  users.otherCountyChief = await sessionUserOf("pd-chief");
  users.city = await sessionUserOf("city");
  const own = await db.enterprise.findUniqueOrThrow({
    where: { id: users.liaison1.enterpriseId! },
    include: { workstation: true },
  });
  // A liaison of another enterprise and an officer not responsible for liaison1's enterprise, both of officer1's station.
  const otherLiaison = await db.user.findFirstOrThrow({
    where: {
      role: "LIAISON",
      enterpriseId: { not: own.id },
      enterprise: {
        workstation: { stationId: own.workstation.stationId },
        responsibleOfficerId: { not: users.officer1.id },
      },
    },
  });
  const otherOfficer = await db.user.findFirstOrThrow({
    where: { role: "OFFICER", stationId: users.officer1.stationId, id: { not: users.officer1.id } },
  });
  users.otherLiaisonSameStation = await sessionUserOf(otherLiaison.username);
  users.otherOfficerSameStation = await sessionUserOf(otherOfficer.username);
  departmentId = (await db.department.findFirstOrThrow({ where: { bureauId: users.chief.bureauId } })).id;
  officer2Id = users.officer2.id;
});

afterAll(() => restoreClock());

/** A fresh ticket of liaison1's enterprise, put into the state an action needs. */
async function ticketIn(status: TicketStatus, overdue = false) {
  const { id } = await createTicket(users.liaison1, {
    category: "SECURITY_HAZARD",
    priority: "NORMAL",
    title: "门岗监控故障",
    description: "东门监控画面中断两天。",
    location: "",
  });
  const now = clock.now().getTime();
  const dueAt = new Date(overdue ? now - HOUR_MS : now + DAY_MS);
  return getDb().ticket.update({ where: { id }, data: { status, dueAt } });
}

type Case = {
  status: TicketStatus;
  overdue?: boolean;
  input: (t: { id: string; version: number }) => Record<string, unknown>;
  allowed: Actor[];
};

const POLICE: Actor[] = ["officer1", "chief"];
const CASES: Record<Exclude<TicketActionName, "create">, Case> = {
  accept: { status: "SUBMITTED", input: (t) => ({ ticketId: t.id, version: t.version }), allowed: POLICE },
  start: { status: "ACCEPTED", input: (t) => ({ ticketId: t.id, version: t.version }), allowed: POLICE },
  resolve: {
    status: "IN_PROGRESS",
    input: (t) => ({ ticketId: t.id, version: t.version, summary: "已更换摄像头。" }),
    allowed: POLICE,
  },
  reject: {
    status: "SUBMITTED",
    input: (t) => ({ ticketId: t.id, version: t.version, reason: "不属于公安职责。" }),
    allowed: POLICE,
  },
  withdraw: { status: "SUBMITTED", input: (t) => ({ ticketId: t.id, version: t.version }), allowed: ["liaison1"] },
  confirm: {
    status: "RESOLVED",
    input: (t) => ({ ticketId: t.id, version: t.version, rating: 5 }),
    allowed: ["liaison1"],
  },
  reopen: {
    status: "RESOLVED",
    input: (t) => ({ ticketId: t.id, version: t.version, reason: "仍未修好。" }),
    allowed: ["liaison1"],
  },
  escalate: {
    status: "IN_PROGRESS",
    overdue: true,
    input: (t) => ({ ticketId: t.id, version: t.version, reason: "超期未办。" }),
    allowed: ["liaison1"],
  },
  comment: {
    status: "IN_PROGRESS",
    input: (t) => ({ ticketId: t.id, body: "请尽快处理。" }),
    allowed: ["liaison1", ...POLICE],
  },
  note: { status: "IN_PROGRESS", input: (t) => ({ ticketId: t.id, body: "已联系厂家。" }), allowed: POLICE },
  requestHelp: { status: "IN_PROGRESS", input: (t) => ({ ticketId: t.id, departmentId, note: "" }), allowed: POLICE },
  transfer: {
    status: "IN_PROGRESS",
    input: (t) => ({ ticketId: t.id, version: t.version, officerId: officer2Id, reason: "跨辖区协调。" }),
    allowed: POLICE,
  },
};

const ACTORS: Actor[] = [
  "liaison1",
  "otherLiaisonSameStation",
  "liaison2",
  "officer1",
  "otherOfficerSameStation",
  "officer2",
  "chief",
  "admin",
  "otherCountyLiaison",
  "otherCountyOfficer",
  "otherCountyChief",
  "city",
];

describe("ticket actions by role and scope", () => {
  for (const [name, c] of Object.entries(CASES) as [Exclude<TicketActionName, "create">, Case][]) {
    for (const actor of ACTORS) {
      const rightful = c.allowed.includes(actor);
      it(`${name} by ${actor} is ${rightful ? "allowed" : "refused"}`, async () => {
        const ticket = await ticketIn(c.status, c.overdue);
        const events = await getDb().ticketEvent.count({ where: { ticketId: ticket.id } });
        // The union of definitions is too wide for inference; each case pairs an action with its own input.
        const def = ticketActions[name] as Parameters<typeof runAs>[1];
        const result = await runAs(users[actor], def, c.input(ticket));
        const after = await getDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
        if (rightful) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect(await getDb().ticketEvent.count({ where: { ticketId: ticket.id } })).toBeGreaterThan(events);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(["errors.forbidden", "errors.notFound"]).toContain(result.message);
          expect(after).toEqual(ticket);
          expect(await getDb().ticketEvent.count({ where: { ticketId: ticket.id } })).toBe(events);
        }
      });
    }
  }

  for (const actor of ACTORS) {
    const rightful = ["liaison1", "otherLiaisonSameStation", "liaison2", "otherCountyLiaison"].includes(actor);
    it(`create by ${actor} is ${rightful ? "allowed, for their own enterprise" : "refused"}`, async () => {
      const before = await getDb().ticket.count();
      const result = await runAs(users[actor], ticketActions.create, {
        category: "OTHER",
        priority: "LOW",
        title: "咨询",
        description: "咨询外来人员登记办法。",
      });
      if (rightful) {
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const created = await getDb().ticket.findUniqueOrThrow({ where: { id: result.data.id } });
        expect(created.enterpriseId).toBe(users[actor].enterpriseId);
      } else {
        expect(result).toEqual({ ok: false, code: "forbidden", message: "errors.forbidden" });
        expect(await getDb().ticket.count()).toBe(before);
      }
    });
  }
});
