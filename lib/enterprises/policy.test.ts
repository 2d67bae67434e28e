import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session-user";
import { canKeepRegistry, enterpriseScope, registryBureau } from "./policy";

const user = (over: Partial<SessionUser>): SessionUser => ({
  id: "u1",
  username: "u",
  name: "u",
  role: "LIAISON",
  bureauId: "b1",
  stationId: null,
  departmentId: null,
  enterpriseId: null,
  ...over,
});

describe("enterpriseScope", () => {
  it("limits a liaison to their own enterprise", () => {
    expect(enterpriseScope(user({ enterpriseId: "e1" }))).toEqual({ bureauId: "b1", id: "e1" });
  });
  it("never widens a liaison without an enterprise to everything", () => {
    expect(() => enterpriseScope(user({ enterpriseId: null }))).toThrow(/enterprise/);
  });
  it("limits an officer to assigned enterprises and their department's", () => {
    expect(enterpriseScope(user({ role: "OFFICER", stationId: "s1" }))).toEqual({
      bureauId: "b1",
      OR: [{ responsibleOfficerId: "u1" }],
    });
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

describe("the enterprise register", () => {
  it("is kept by chiefs and admins of their own bureau only", () => {
    expect(canKeepRegistry(user({ role: "CHIEF" }))).toBe(true);
    expect(canKeepRegistry(user({ role: "ADMIN" }))).toBe(true);
    expect(canKeepRegistry(user({ role: "OFFICER" }))).toBe(false);
    expect(canKeepRegistry(user({ role: "LIAISON", enterpriseId: "e1" }))).toBe(false);
    expect(registryBureau(user({ role: "ADMIN", bureauId: "b2" }))).toBe("b2");
  });
  it("refuses everyone else, and never a chief without a bureau", () => {
    expect(() => registryBureau(user({ role: "OFFICER", stationId: "s1" }))).toThrow("errors.forbidden");
    expect(() => registryBureau(user({ role: "CHIEF", bureauId: "" }))).toThrow(/bureau/);
  });
});
