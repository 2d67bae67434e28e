import { describe, expect, it } from "vitest";
import { currentDueAt } from "./deadlines";

const t = { acceptDueAt: new Date("2026-11-22T02:00:00Z"), resolveDueAt: new Date("2026-11-29T02:00:00Z") };

describe("currentDueAt", () => {
  it("is the acceptance deadline until the ticket is accepted", () => {
    expect(currentDueAt("SUBMITTED", t)).toEqual(t.acceptDueAt);
  });
  it("is the resolution deadline while the ticket is worked", () => {
    for (const s of ["ACCEPTED", "IN_PROGRESS", "REOPENED"] as const)
      expect(currentDueAt(s, t)).toEqual(t.resolveDueAt);
  });
  it("is nothing once resolved or final", () => {
    for (const s of ["RESOLVED", "CLOSED", "REJECTED", "WITHDRAWN"] as const) expect(currentDueAt(s, t)).toBeNull();
  });
});
