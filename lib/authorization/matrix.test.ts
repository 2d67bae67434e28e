import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUTHORIZATION_DOC, renderAuthorizationDoc } from "./authorization-doc";
import { authorizationMatrix } from "./matrix";

describe("the authorization table", () => {
  it("in the docs is the one the policies answer today (run npm run docs:authorization)", () => {
    expect(readFileSync(AUTHORIZATION_DOC, "utf8")).toBe(renderAuthorizationDoc());
  });

  it("names a policy question for every action, and every action admits someone", () => {
    const actions = authorizationMatrix().filter((r) => r.kind === "action");
    expect(actions.length).toBeGreaterThan(40);
    for (const a of actions) expect(a.roles, `${a.capability}.${a.name}`).not.toEqual([]);
  });

  it("keeps casework from admins and cross-enterprise work from liaisons", () => {
    const rows = authorizationMatrix();
    const admitted = (capability: string, name: string) =>
      rows.find((r) => r.capability === capability && r.name === name)?.roles;
    expect(admitted("disputes", "canSeeDisputes")).toEqual(["OFFICER", "CHIEF"]);
    expect(admitted("tickets", "accept")).not.toContain("ADMIN");
    expect(admitted("tickets", "accept")).not.toContain("LIAISON");
  });
});
