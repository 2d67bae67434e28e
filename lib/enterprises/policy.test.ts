import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session-user";
import { enterpriseScope } from "./policy";

const user = (over: Partial<SessionUser>): SessionUser => ({
  id: "u1", username: "u", name: "u", role: "LIAISON", bureauId: "b1", stationId: null, departmentId: null, enterpriseId: null, ...over,
});

describe("enterpriseScope", () => {
  it("limits a liaison to their own enterprise", () => {
    expect(enterpriseScope(user({ enterpriseId: "e1" }))).toEqual({ bureauId: "b1", id: "e1" });
  });
  it("never widens a liaison without an enterprise to everything", () => {
    expect(() => enterpriseScope(user({ enterpriseId: null }))).toThrow(/enterprise/);
  });
  it("limits an officer to assigned enterprises and their department's", () => {
    expect(enterpriseScope(user({ role: "OFFICER", stationId: "s1" }))).toEqual({ bureauId: "b1", OR: [{ responsibleOfficerId: "u1" }] });
    expect(enterpriseScope(user({ role: "OFFICER", departmentId: "d1" }))).toEqual({
      bureauId: "b1",
      OR: [{ responsibleOfficerId: "u1" }, { supports: { some: { departmentId: "d1" } } }],
    });
  });
  it("gives chiefs and admins their bureau", () => {
    expect(enterpriseScope(user({ role: "CHIEF" }))).toEqual({ bureauId: "b1" });
    expect(enterpriseScope(user({ role: "ADMIN" }))).toEqual({ bureauId: "b1" });
  });
});
