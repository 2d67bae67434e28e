import { describe, expect, it } from "vitest";
import type { TicketStatus } from "../db/generated/enums.ts";
import { HOUR_MS as HOUR } from "../time/china.ts";
import { deadlinesFor, isOverdue } from "./deadlines.ts";

/** An instant written in China time, the way officers read it. */
const cst = (local: string) => new Date(`${local}+08:00`);
const inChina = (d: Date) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }).format(d);

describe("deadlinesFor", () => {
  it("adds plain elapsed hours to the filing time", () => {
    const createdAt = cst("2026-05-12T09:15:00");
    const { acceptDueAt, resolveDueAt } = deadlinesFor(createdAt, { acceptHours: 4, resolveHours: 72 });
    expect(acceptDueAt.getTime() - createdAt.getTime()).toBe(4 * HOUR);
    expect(resolveDueAt.getTime() - createdAt.getTime()).toBe(72 * HOUR);
    expect(inChina(acceptDueAt)).toBe("2026-05-12 13:15");
    expect(inChina(resolveDueAt)).toBe("2026-05-15 09:15");
  });

  it("runs through the night and across midnight China time", () => {
    const { acceptDueAt, resolveDueAt } = deadlinesFor(cst("2026-06-30T23:30:00"), {
      acceptHours: 1,
      resolveHours: 24,
    });
    expect(inChina(acceptDueAt)).toBe("2026-07-01 00:30");
    expect(inChina(resolveDueAt)).toBe("2026-07-01 23:30");
    // Midnight China time is 16:00 UTC the day before: the UTC date must not leak into the result.
    expect(acceptDueAt.toISOString()).toBe("2026-06-30T16:30:00.000Z");
  });

  it("crosses month and year ends, leap and common Februaries alike", () => {
    const day = { acceptHours: 24, resolveHours: 48 };
    expect(inChina(deadlinesFor(cst("2026-01-31T10:00:00"), day).acceptDueAt)).toBe("2026-02-01 10:00");
    expect(inChina(deadlinesFor(cst("2027-02-28T10:00:00"), day).acceptDueAt)).toBe("2027-03-01 10:00");
    expect(inChina(deadlinesFor(cst("2028-02-28T10:00:00"), day).acceptDueAt)).toBe("2028-02-29 10:00");
    expect(inChina(deadlinesFor(cst("2028-02-28T10:00:00"), day).resolveDueAt)).toBe("2028-03-01 10:00");
    expect(inChina(deadlinesFor(cst("2026-12-31T23:00:00"), { acceptHours: 1, resolveHours: 2160 }).acceptDueAt)).toBe(
      "2027-01-01 00:00",
    );
    expect(inChina(deadlinesFor(cst("2026-12-31T23:00:00"), { acceptHours: 1, resolveHours: 2160 }).resolveDueAt)).toBe(
      "2027-03-31 23:00",
    );
  });

  it("keeps 24 hours at 24 hours when other countries change their clocks (China has no DST)", () => {
    // 2026-03-08 (US) and 2026-03-29 / 2026-10-25 (EU) are clock-change days elsewhere.
    for (const local of ["2026-03-07T20:00:00", "2026-03-28T20:00:00", "2026-10-24T20:00:00"]) {
      const createdAt = cst(local);
      const { acceptDueAt } = deadlinesFor(createdAt, { acceptHours: 24, resolveHours: 24 });
      expect(acceptDueAt.getTime() - createdAt.getTime()).toBe(24 * HOUR);
      expect(inChina(acceptDueAt).slice(11)).toBe("20:00");
    }
  });

  it("does not change the filing time it was given", () => {
    const createdAt = cst("2026-05-12T09:15:00");
    deadlinesFor(createdAt, { acceptHours: 4, resolveHours: 72 });
    expect(createdAt.toISOString()).toBe("2026-05-12T01:15:00.000Z");
  });
});

describe("isOverdue", () => {
  const createdAt = cst("2026-05-31T22:00:00");
  const due = deadlinesFor(createdAt, { acceptHours: 4, resolveHours: 24 }); // 02:00 and 22:00 next day
  const at = (status: TicketStatus) => ({ status, ...due });
  const beforeAccept = cst("2026-06-01T01:59:59");
  const afterAccept = cst("2026-06-01T02:00:01");
  const afterResolve = cst("2026-06-01T22:00:01");

  it("measures a submitted ticket against the accept deadline", () => {
    expect(isOverdue(at("SUBMITTED"), beforeAccept)).toBe(false);
    expect(isOverdue(at("SUBMITTED"), due.acceptDueAt)).toBe(false);
    expect(isOverdue(at("SUBMITTED"), afterAccept)).toBe(true);
  });

  it.each(["ACCEPTED", "IN_PROGRESS", "REOPENED"] as const)("measures %s against the resolve deadline", (status) => {
    expect(isOverdue(at(status), afterAccept)).toBe(false);
    expect(isOverdue(at(status), due.resolveDueAt)).toBe(false);
    expect(isOverdue(at(status), afterResolve)).toBe(true);
  });

  it.each(["RESOLVED", "CLOSED", "REJECTED", "WITHDRAWN"] as const)("never calls %s overdue", (status) => {
    expect(isOverdue(at(status), afterResolve)).toBe(false);
    expect(isOverdue(at(status), cst("2030-01-01T00:00:00"))).toBe(false);
  });
});
