import { describe, expect, it } from "vitest";
import type { HazardStatus, Role } from "../db/generated/enums";
import type { SessionUser } from "../auth/session-user";
import { hazardMachine, isHazardOverdue, type HazardTransition } from "./machine";
import { canTakeHazardStep } from "./policy";

const STATUSES: HazardStatus[] = ["LISTED", "RECTIFYING", "PENDING_VERIFICATION", "CLOSED"];
const TRANSITIONS: HazardTransition[] = ["start", "report", "close", "sendBack"];

// The whole table written out, so any change to the machine has to change this list too.
const ALLOWED: Record<string, HazardStatus> = {
  "LISTED:start": "RECTIFYING",
  "LISTED:report": "PENDING_VERIFICATION",
  "RECTIFYING:report": "PENDING_VERIFICATION",
  "PENDING_VERIFICATION:close": "CLOSED",
  "PENDING_VERIFICATION:sendBack": "RECTIFYING",
};

describe("hazard machine", () => {
  it.each(STATUSES.flatMap((s) => TRANSITIONS.map((t) => [s, t] as const)))("%s --%s-->", (status, transition) => {
    expect(hazardMachine.next(status, transition)).toBe(ALLOWED[`${status}:${transition}`] ?? null);
  });

  it("offers liaisons start/report and the police close/send back, admins nothing", () => {
    const offered = (status: HazardStatus, role: Role) =>
      hazardMachine.available(status, (step) => canTakeHazardStep({ role } as SessionUser, step));
    expect(offered("LISTED", "LIAISON")).toEqual(["start", "report"]);
    expect(offered("RECTIFYING", "LIAISON")).toEqual(["report"]);
    expect(offered("PENDING_VERIFICATION", "LIAISON")).toEqual([]);
    expect(offered("PENDING_VERIFICATION", "OFFICER")).toEqual(["close", "sendBack"]);
    expect(offered("PENDING_VERIFICATION", "CHIEF")).toEqual(["close", "sendBack"]);
    expect(offered("LISTED", "OFFICER")).toEqual([]);
    for (const s of STATUSES) expect(offered(s, "ADMIN")).toEqual([]);
    for (const role of ["LIAISON", "OFFICER", "CHIEF"] as const) expect(offered("CLOSED", role)).toEqual([]);
  });

  it("calls open hazards past their deadline overdue, never closed ones", () => {
    const now = new Date("2026-11-22T12:00:00+08:00");
    const past = new Date(now.getTime() - 1);
    expect(isHazardOverdue({ status: "RECTIFYING", deadline: past }, now)).toBe(true);
    expect(isHazardOverdue({ status: "CLOSED", deadline: past }, now)).toBe(false);
    expect(isHazardOverdue({ status: "LISTED", deadline: now }, now)).toBe(false);
  });
});
