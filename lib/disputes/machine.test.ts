import { describe, expect, it } from "vitest";
import type { DisputeStatus } from "../db/generated/enums";
import { disputeMachine, isDisputeOpen, type DisputeChange } from "./machine";

const STATUSES: DisputeStatus[] = ["OPEN", "MEDIATING", "RESOLVED", "UNRESOLVED"];
const CHANGES: DisputeChange[] = ["logSession", "setRisk", "resolve", "refer"];

// The whole table written out, so any change to the machine has to change this list too.
const ALLOWED: Record<string, DisputeStatus> = {
  "OPEN:logSession": "MEDIATING",
  "MEDIATING:logSession": "MEDIATING",
  "OPEN:setRisk": "OPEN",
  "MEDIATING:setRisk": "MEDIATING",
  "OPEN:resolve": "RESOLVED",
  "MEDIATING:resolve": "RESOLVED",
  "OPEN:refer": "UNRESOLVED",
  "MEDIATING:refer": "UNRESOLVED",
};

describe("dispute machine", () => {
  it.each(STATUSES.flatMap((s) => CHANGES.map((c) => [s, c] as const)))("%s --%s-->", (status, change) => {
    expect(disputeMachine.next(status, change)).toBe(ALLOWED[`${status}:${change}`] ?? null);
  });

  it("offers every change on an open dispute and none on a closed one", () => {
    expect(disputeMachine.available("OPEN")).toEqual(CHANGES);
    expect(disputeMachine.available("MEDIATING")).toEqual(CHANGES);
    expect(disputeMachine.available("RESOLVED")).toEqual([]);
    expect(disputeMachine.available("UNRESOLVED")).toEqual([]);
  });

  it("calls OPEN and MEDIATING open", () => {
    expect(STATUSES.filter(isDisputeOpen)).toEqual(["OPEN", "MEDIATING"]);
  });
});
