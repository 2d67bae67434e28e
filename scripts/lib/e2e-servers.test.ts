import { describe, expect, it } from "vitest";
import { e2eServerCount } from "./e2e-servers";

describe("e2eServerCount", () => {
  it("is two when E2E_SERVERS is unset", () => {
    expect(e2eServerCount(undefined)).toBe(2);
  });

  it("takes a count from one to four", () => {
    expect([1, 2, 3, 4].map((n) => e2eServerCount(String(n)))).toEqual([1, 2, 3, 4]);
  });

  it.each(["", "0", "5", "two", "1.5", "-1"])("refuses %j", (value) => {
    expect(() => e2eServerCount(value)).toThrow(/E2E_SERVERS must be 1, 2, 3 or 4/);
  });
});
