import { describe, expect, it } from "vitest";
import { hasCompleteScope, type SessionUser } from "./session-user";
import { authSecret } from "./secret";

const base: SessionUser = {
  id: "u",
  username: "u",
  name: "u",
  role: "LIAISON",
  bureauId: "b",
  stationId: null,
  departmentId: null,
  enterpriseId: null,
};

describe("hasCompleteScope", () => {
  it("needs an enterprise for liaisons", () => {
    expect(hasCompleteScope(base)).toBe(false);
    expect(hasCompleteScope({ ...base, enterpriseId: "e" })).toBe(true);
  });
  it("needs a station or a department for officers", () => {
    expect(hasCompleteScope({ ...base, role: "OFFICER" })).toBe(false);
    expect(hasCompleteScope({ ...base, role: "OFFICER", stationId: "s" })).toBe(true);
    expect(hasCompleteScope({ ...base, role: "OFFICER", departmentId: "d" })).toBe(true);
  });
  it("needs a bureau for chiefs and admins", () => {
    expect(hasCompleteScope({ ...base, role: "CHIEF" })).toBe(true);
    expect(hasCompleteScope({ ...base, role: "ADMIN", bureauId: "" })).toBe(false);
  });
});

describe("authSecret", () => {
  it("refuses to run in production without a secret", () => {
    expect(() => authSecret({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
  });
  it("allows a missing secret in development and rejects short ones", () => {
    expect(authSecret({ NODE_ENV: "development" })).toBeUndefined();
    expect(() => authSecret({ NODE_ENV: "development", NEXTAUTH_SECRET: "short" })).toThrow(/32/);
    expect(authSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40) })).toBe("x".repeat(40));
  });
});
