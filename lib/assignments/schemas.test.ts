import { describe, expect, it } from "vitest";
import { handOverSchema, reassignSchema, supportsSchema } from "./schemas.ts";

describe("assignment schemas", () => {
  it("requires a reason and coerces the version sent by a form", () => {
    const ok = reassignSchema.safeParse({ enterpriseId: "e1", version: "3", officerId: "u1", reason: "调岗" });
    expect(ok.success && ok.data.version).toBe(3);
    const bad = reassignSchema.safeParse({ enterpriseId: "e1", version: "3", officerId: "", reason: " " });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual([
      "assignments.errors.officerRequired",
      "assignments.errors.reasonRequired",
    ]);
  });

  it("refuses a handover to the same officer at the target field", () => {
    const r = handOverSchema.safeParse({ fromOfficerId: "u1", toOfficerId: "u1", reason: "调离" });
    expect(r.error?.issues[0]).toMatchObject({ path: ["toOfficerId"], message: "assignments.errors.sameOfficer" });
  });

  it("accepts none, one or several departments", () => {
    expect(supportsSchema.parse({ enterpriseId: "e1" }).departmentIds).toEqual([]);
    expect(supportsSchema.parse({ enterpriseId: "e1", departmentIds: "d1" }).departmentIds).toEqual(["d1"]);
    expect(supportsSchema.parse({ enterpriseId: "e1", departmentIds: ["d1", "d2"] }).departmentIds).toEqual([
      "d1",
      "d2",
    ]);
  });
});
