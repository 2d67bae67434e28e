import { describe, expect, it } from "vitest";
import type { ResidencyStatus, Role } from "../db/generated/enums";
import type { SessionUser } from "../auth/session-user";
import {
  isChecklistAccepted,
  isChecklistComplete,
  missingItems,
  residencyMachine,
  type ResidencyTransition,
} from "./machine";
import { canTakeResidencyStep } from "./policy";

const STATUSES: ResidencyStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "NEEDS_MATERIALS",
  "APPROVED",
  "COMPLETED",
  "REJECTED",
];
const TRANSITIONS: ResidencyTransition[] = ["submit", "startReview", "askMaterials", "approve", "complete", "reject"];

/** What the request page offers a user of `role`: the machine's steps narrowed by the policy. */
const offered = (status: ResidencyStatus, role: Role) =>
  residencyMachine.available(status, (step) => canTakeResidencyStep({ role } as SessionUser, step));

// The whole table written out, so any change to the machine has to change this list too.
const ALLOWED: Record<string, ResidencyStatus> = {
  "DRAFT:submit": "SUBMITTED",
  "NEEDS_MATERIALS:submit": "SUBMITTED",
  "SUBMITTED:startReview": "UNDER_REVIEW",
  "UNDER_REVIEW:askMaterials": "NEEDS_MATERIALS",
  "UNDER_REVIEW:approve": "APPROVED",
  "APPROVED:complete": "COMPLETED",
  "SUBMITTED:reject": "REJECTED",
  "UNDER_REVIEW:reject": "REJECTED",
};

describe("residency machine", () => {
  it.each(STATUSES.flatMap((s) => TRANSITIONS.map((t) => [s, t] as const)))("%s --%s-->", (status, transition) => {
    expect(residencyMachine.next(status, transition)).toBe(ALLOWED[`${status}:${transition}`] ?? null);
  });

  it("offers the enterprise only submitting, and the officer only reviewing; the chief and admin nothing", () => {
    expect(offered("DRAFT", "LIAISON")).toEqual(["submit"]);
    expect(offered("DRAFT", "OFFICER")).toEqual([]);
    expect(offered("UNDER_REVIEW", "OFFICER")).toEqual(["askMaterials", "approve", "reject"]);
    expect(offered("UNDER_REVIEW", "LIAISON")).toEqual([]);
    for (const s of STATUSES) {
      expect(offered(s, "CHIEF")).toEqual([]);
      expect(offered(s, "ADMIN")).toEqual([]);
    }
  });
});

describe("checklist completeness", () => {
  const item = (code: string, required: boolean, status: "MISSING" | "RECEIVED" | "ACCEPTED" | "REJECTED") => ({
    code,
    required,
    status,
  });

  it("needs every required item received or accepted; optional ones may stay missing", () => {
    expect(
      isChecklistComplete([
        item("id", true, "RECEIVED"),
        item("diploma", true, "ACCEPTED"),
        item("marriage", false, "MISSING"),
      ]),
    ).toBe(true);
    expect(missingItems([item("id", true, "MISSING"), item("diploma", true, "RECEIVED")]).map((i) => i.code)).toEqual([
      "id",
    ]);
    expect(isChecklistComplete([])).toBe(true);
  });

  it("treats a rejected item as missing, required or not", () => {
    expect(
      missingItems([
        item("id", true, "REJECTED"),
        item("marriage", false, "REJECTED"),
        item("x", false, "MISSING"),
      ]).map((i) => i.code),
    ).toEqual(["id", "marriage"]);
  });

  it("approves only when every required item is accepted and none rejected", () => {
    expect(isChecklistAccepted([item("id", true, "ACCEPTED"), item("marriage", false, "MISSING")])).toBe(true);
    expect(isChecklistAccepted([item("id", true, "RECEIVED")])).toBe(false);
    expect(isChecklistAccepted([item("id", true, "ACCEPTED"), item("marriage", false, "REJECTED")])).toBe(false);
  });
});
