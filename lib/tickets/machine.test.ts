import { describe, expect, it } from "vitest";
import type { Role, TicketStatus } from "../db/generated/enums";
import type { SessionUser } from "../auth/session-user";
import { canDiscuss, canEscalate, ticketMachine, type TicketTransition } from "./machine";
import { canTakeTicketStep } from "./policy";

const STATUSES: TicketStatus[] = [
  "SUBMITTED",
  "ACCEPTED",
  "IN_PROGRESS",
  "RESOLVED",
  "REOPENED",
  "CLOSED",
  "REJECTED",
  "WITHDRAWN",
];
const ALLOWED: [TicketStatus, TicketTransition, TicketStatus][] = [
  ["SUBMITTED", "accept", "ACCEPTED"],
  ["SUBMITTED", "reject", "REJECTED"],
  ["SUBMITTED", "withdraw", "WITHDRAWN"],
  ["ACCEPTED", "start", "IN_PROGRESS"],
  ["REOPENED", "start", "IN_PROGRESS"],
  ["IN_PROGRESS", "resolve", "RESOLVED"],
  ["RESOLVED", "confirm", "CLOSED"],
  ["RESOLVED", "reopen", "REOPENED"],
];

/** What the ticket page offers a user of `role`: the machine's steps the policy lets them take. */
const availableTo = (status: TicketStatus, role: Role) => {
  const user: SessionUser = {
    id: "u",
    username: "u",
    name: "u",
    role,
    bureauId: "b",
    stationId: null,
    departmentId: null,
    enterpriseId: null,
  };
  return ticketMachine.available(status, (step) => canTakeTicketStep(user, step));
};

describe("ticket state machine", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, transition, to) => {
    expect(ticketMachine.next(from, transition)).toBe(to);
  });

  it("forbids every other status × transition pair", () => {
    const allowed = new Set(ALLOWED.map(([from, t]) => `${from}:${t}`));
    const forbidden: string[] = [];
    for (const status of STATUSES) {
      for (const t of ticketMachine.steps) {
        if (allowed.has(`${status}:${t}`)) continue;
        forbidden.push(`${status}:${t}`);
        expect(ticketMachine.next(status, t), `${status}:${t}`).toBeNull();
      }
    }
    expect(forbidden).toHaveLength(STATUSES.length * 7 - ALLOWED.length);
  });

  it("lets nothing leave a final status", () => {
    for (const status of ["CLOSED", "REJECTED", "WITHDRAWN"] as const) {
      expect(availableTo(status, "OFFICER")).toEqual([]);
      expect(availableTo(status, "LIAISON")).toEqual([]);
      expect(canDiscuss(status)).toBe(false);
    }
  });

  it("offers police transitions to police and enterprise transitions to liaisons", () => {
    const offers = (role: Role) => STATUSES.flatMap((s) => availableTo(s, role));
    expect(new Set(offers("OFFICER"))).toEqual(new Set(["accept", "reject", "start", "resolve"]));
    expect(new Set(offers("CHIEF"))).toEqual(new Set(["accept", "reject", "start", "resolve"]));
    expect(new Set(offers("LIAISON"))).toEqual(new Set(["withdraw", "confirm", "reopen"]));
    expect(offers("ADMIN")).toEqual([]);
  });

  it("allows escalation only when overdue or reopened twice, once, and not when final or resolved", () => {
    const open = { status: "IN_PROGRESS" as TicketStatus, reopenCount: 0, escalatedAt: null };
    expect(canEscalate(open, false)).toBe(false);
    expect(canEscalate(open, true)).toBe(true);
    expect(canEscalate({ ...open, status: "REOPENED", reopenCount: 2 }, false)).toBe(true);
    expect(canEscalate({ ...open, escalatedAt: new Date() }, true)).toBe(false);
    expect(canEscalate({ ...open, status: "CLOSED" }, true)).toBe(false);
    expect(canEscalate({ ...open, status: "RESOLVED" }, true)).toBe(false);
  });
});
