import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session-user";
import { canSeeDisputeFigures, canSeeDisputes, disputeScope } from "./policy";

const user = (role: SessionUser["role"], over: Partial<SessionUser> = {}): SessionUser => ({
  id: "u1",
  username: "u",
  name: "U",
  role,
  bureauId: "b1",
  stationId: "s1",
  departmentId: null,
  enterpriseId: role === "LIAISON" ? "e1" : null,
  ...over,
});

describe("dispute policy", () => {
  it("gives liaisons and admins nothing, chiefs the bureau", () => {
    expect(disputeScope(user("LIAISON"))).toEqual({ bureauId: "b1", id: "-" });
    expect(disputeScope(user("ADMIN"))).toEqual({ bureauId: "b1", id: "-" });
    expect(disputeScope(user("CHIEF"))).toEqual({ bureauId: "b1" });
    expect(
      ["LIAISON", "OFFICER", "CHIEF", "ADMIN"].filter((r) => canSeeDisputes(user(r as SessionUser["role"]))),
    ).toEqual(["OFFICER", "CHIEF"]);
    expect(
      ["LIAISON", "OFFICER", "CHIEF", "ADMIN"].filter((r) => canSeeDisputeFigures(user(r as SessionUser["role"]))),
    ).toEqual(["CHIEF"]);
  });

  it("gives an officer their enterprises' disputes and those they recorded", () => {
    expect(disputeScope(user("OFFICER"))).toEqual({
      bureauId: "b1",
      OR: [{ recordedById: "u1" }, { enterprise: { bureauId: "b1", OR: [{ responsibleOfficerId: "u1" }] } }],
    });
  });

  it("refuses a user without a bureau rather than widen the query", () => {
    expect(() => disputeScope(user("CHIEF", { bureauId: "" }))).toThrow(/bureau/);
  });
});
