import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "./password";

describe("the dummy password hash", () => {
  it("costs what a real hash costs: argon2id with the same parameters", async () => {
    const real = await hashPassword("demo1234");
    const parameters = (hash: string) => hash.split("$").slice(1, 4).join("$");
    expect(parameters(DUMMY_PASSWORD_HASH)).toBe(parameters(real));
    expect(parameters(DUMMY_PASSWORD_HASH)).toBe("argon2id$v=19$m=19456,t=2,p=1");
  });

  it("is a well-formed hash that matches no ordinary password", async () => {
    expect(await verifyPassword(DUMMY_PASSWORD_HASH, "demo1234")).toBe(false);
    expect(await verifyPassword(DUMMY_PASSWORD_HASH, "")).toBe(false);
  });
});
