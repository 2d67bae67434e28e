import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/seed";
import { isValidCreditCode } from "@/lib/validation/credit-code";
import { setClock } from "@/lib/time/clock";

// The demo county's dates are laid out around the clock's today.
let restoreClock: () => void;
beforeAll(() => {
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
});
afterAll(() => restoreClock());

describe("demo county", () => {
  beforeAll(async () => {
    expect(await seedDemo(getDb())).toEqual({ created: true });
  });

  it("is loaded once: a second run changes nothing", async () => {
    const before = await getDb().ticket.count();
    expect(await seedDemo(getDb())).toEqual({ created: false });
    expect(await getDb().ticket.count()).toBe(before);
  });

  it("has the organisation the foundation asks for", async () => {
    const db = getDb();
    expect(await db.station.count()).toBeGreaterThanOrEqual(2);
    expect(await db.workstation.count()).toBeGreaterThanOrEqual(5);
    const enterprises = await db.enterprise.findMany({ select: { creditCode: true } });
    expect(enterprises.length).toBeGreaterThanOrEqual(30);
    expect(enterprises.every((e) => isValidCreditCode(e.creditCode))).toBe(true);
    const clusters = await db.workstation.findMany({ select: { cluster: true }, distinct: ["cluster"] });
    expect(clusters.map((c) => c.cluster)).toEqual(
      expect.arrayContaining(["NEV", "AVIATION", "IT", "GREEN_BUILDING", "FOOD"]),
    );
  });

  it("has every demo account, wired to the right officer", async () => {
    const db = getDb();
    const accounts = await db.user.findMany({
      where: { username: { in: ["admin", "chief", "officer1", "officer2", "liaison1", "liaison2"] } },
      include: { enterprise: { select: { responsibleOfficer: { select: { username: true } } } } },
    });
    const by = new Map(accounts.map((a) => [a.username, a]));
    expect(by.size).toBe(6);
    expect(by.get("admin")!.role).toBe("ADMIN");
    expect(by.get("chief")!.role).toBe("CHIEF");
    expect(by.get("liaison1")!.enterprise!.responsibleOfficer!.username).toBe("officer1");
    expect(by.get("liaison2")!.enterprise!.responsibleOfficer!.username).toBe("officer2");
    expect(by.get("officer1")!.stationId).not.toBe(by.get("officer2")!.stationId);
    expect(by.get("admin")!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("has work in every status for every screen", async () => {
    const db = getDb();
    const ticketStatuses = await db.ticket.groupBy({ by: ["status"], _count: { _all: true } });
    expect(ticketStatuses.map((s) => s.status).sort()).toEqual([
      "ACCEPTED",
      "CLOSED",
      "IN_PROGRESS",
      "REJECTED",
      "REOPENED",
      "RESOLVED",
      "SUBMITTED",
      "WITHDRAWN",
    ]);
    const hazardStatuses = await db.hazard.groupBy({ by: ["status"], _count: { _all: true } });
    expect(hazardStatuses).toHaveLength(4);
    const residency = await db.residencyRequest.groupBy({ by: ["status"], _count: { _all: true } });
    expect(residency.length).toBeGreaterThanOrEqual(6);
    expect(await db.dispute.count()).toBeGreaterThan(0);
    expect(await db.visit.count()).toBeGreaterThan(0);
    expect(await db.patrolLog.count()).toBeGreaterThan(0);
    expect(await db.slaRule.count({ where: { bureau: { code: "laixi" } } })).toBe(11 * 4);
    // Both demo liaisons see tickets of their own enterprise.
    for (const username of ["liaison1", "liaison2"]) {
      const liaison = await db.user.findUniqueOrThrow({ where: { username } });
      expect(await db.ticket.count({ where: { enterpriseId: liaison.enterpriseId! } }), username).toBeGreaterThan(0);
    }
  });

  it("numbers each county's tickets LX-<year>-<six digits> and records its counter", async () => {
    const db = getDb();
    for (const code of ["laixi", "pingdu"]) {
      const { id: bureauId } = await db.bureau.findUniqueOrThrow({ where: { code } });
      const numbers = (await db.ticket.findMany({ where: { bureauId }, select: { number: true } })).map(
        (t) => t.number,
      );
      expect(numbers.every((n) => /^LX-\d{4}-\d{6}$/.test(n))).toBe(true);
      const counter = await db.counter.findFirstOrThrow({ where: { bureauId, scope: "ticket" } });
      expect(counter.value, code).toBe(numbers.length);
    }
  });
});
