import { describe, expect, it } from "vitest";
import type { ResidencyStatus } from "../db/generated/enums";
import {
  availableResidencyTransitions,
  isChecklistAccepted,
  isChecklistComplete,
  missingItems,
  nextResidencyStatus,
  type ResidencyTransition,
} from "./machine";

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
    expect(nextResidencyStatus(status, transition)).toBe(ALLOWED[`${status}:${transition}`] ?? null);
  });

  it("offers the enterprise only submitting, and the officer only reviewing; the chief and admin nothing", () => {
    expect(availableResidencyTransitions("DRAFT", "LIAISON")).toEqual(["submit"]);
    expect(availableResidencyTransitions("DRAFT", "OFFICER")).toEqual([]);
    expect(availableResidencyTransitions("UNDER_REVIEW", "OFFICER")).toEqual(["askMaterials", "approve", "reject"]);
    expect(availableResidencyTransitions("UNDER_REVIEW", "LIAISON")).toEqual([]);
    for (const s of STATUSES) {
      expect(availableResidencyTransitions(s, "CHIEF")).toEqual([]);
      expect(availableResidencyTransitions(s, "ADMIN")).toEqual([]);
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
