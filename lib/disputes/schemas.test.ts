import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "../time/clock";
import { logSessionSchema, recordDisputeSchema, referSchema, resolveSchema, setRiskSchema } from "./schemas";

const HOUR = 3_600_000;
/** A China-time datetime-local value, written out independently of the schema. */
const chinaLocal = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 16);
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("recording a dispute", () => {
  const base = { kind: "LABOR", parties: "工人与施工单位", description: "讨薪堵门" };
  it("takes an optional enterprise and a checkbox flag", () => {
    expect(recordDisputeSchema.parse({ ...base, enterpriseId: "" })).toEqual({
      ...base,
      enterpriseId: undefined,
      escalationRisk: false,
    });
    expect(recordDisputeSchema.parse({ ...base, enterpriseId: "e1", escalationRisk: "on" })).toMatchObject({
      enterpriseId: "e1",
      escalationRisk: true,
    });
    expect(recordDisputeSchema.parse({ ...base, escalationRisk: true }).escalationRisk).toBe(true);
  });
  it("answers each bad field with its own key", () => {
    const result = recordDisputeSchema.safeParse({
      kind: "FEUD",
      parties: " x ",
      description: "y".repeat(2001),
      escalationRisk: "maybe",
    });
    expect(errorsOf(result)).toEqual({
      kind: "disputes.errors.kindRequired",
      parties: "disputes.errors.partiesRequired",
      description: "disputes.errors.descriptionTooLong",
      escalationRisk: "errors.invalidField",
    });
  });
});

describe("a mediation session", () => {
  const ref = { disputeId: "d1", version: "2", notes: "双方同意先行垫付" };
  // 10 June 2026, 10:00 in China.
  const NOW = new Date("2026-06-10T02:00:00Z");
  let restore = () => {};
  beforeAll(() => {
    restore = setClock(NOW);
  });
  afterAll(() => restore());
  const at = (offsetMs: number) => chinaLocal(new Date(NOW.getTime() + offsetMs));

  it("takes a time up to now, as China time", () => {
    const parsed = logSessionSchema.parse({ ...ref, heldAt: "2026-06-10T08:00" });
    expect(parsed.version).toBe(2);
    expect(parsed.heldAt.toISOString()).toBe("2026-06-10T00:00:00.000Z");
    expect(logSessionSchema.safeParse({ ...ref, heldAt: at(0) }).success).toBe(true);
  });
  it("refuses a time in the future, far in the past, or not a time at all", () => {
    expect(errorsOf(logSessionSchema.safeParse({ ...ref, heldAt: at(2 * 60_000) }))).toEqual({
      heldAt: "disputes.errors.heldAtFuture",
    });
    expect(errorsOf(logSessionSchema.safeParse({ ...ref, heldAt: at(-400 * 24 * HOUR) }))).toEqual({
      heldAt: "disputes.errors.heldAtTooOld",
    });
    expect(errorsOf(logSessionSchema.safeParse({ ...ref, heldAt: "2026-13-01T10:00", notes: "" }))).toEqual({
      heldAt: "disputes.errors.heldAtInvalid",
      notes: "disputes.errors.notesRequired",
    });
    expect(errorsOf(logSessionSchema.safeParse({ ...ref, heldAt: "" }))).toEqual({
      heldAt: "disputes.errors.heldAtRequired",
    });
  });
});

describe("flag and close", () => {
  const ref = { disputeId: "d1", version: 0 };
  it("reads the risk flag from a form or from code", () => {
    expect(setRiskSchema.parse({ ...ref, risk: "true" }).risk).toBe(true);
    expect(setRiskSchema.parse({ ...ref, risk: false }).risk).toBe(false);
    expect(setRiskSchema.safeParse({ ...ref, risk: "yes" }).success).toBe(false);
  });
  it("requires what was agreed, or where it was referred and why", () => {
    expect(errorsOf(resolveSchema.safeParse({ ...ref, outcome: " " }))).toEqual({
      outcome: "disputes.errors.agreementRequired",
    });
    expect(errorsOf(referSchema.safeParse({ ...ref, referredTo: "", details: "" }))).toEqual({
      referredTo: "disputes.errors.referredToRequired",
      details: "disputes.errors.detailsRequired",
    });
    expect(referSchema.parse({ ...ref, referredTo: "COURT", details: "已引导起诉" })).toMatchObject({
      referredTo: "COURT",
    });
  });
});
