import { describe, expect, it } from "vitest";
import { attemptDelayMs, minutesUntil, throttleKey } from "./throttle-rules";

describe("sign-in throttle rules", () => {
  it("does not slow the first two failures, then doubles up to a cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(attemptDelayMs)).toEqual([0, 0, 500, 1000, 2000, 4000, 4000, 4000]);
  });
  it("rounds the remaining block up to whole minutes, at least one", () => {
    const now = new Date("2026-11-22T08:00:00Z");
    expect(minutesUntil(new Date("2026-11-22T08:14:01Z"), now)).toBe(15);
    expect(minutesUntil(new Date("2026-11-22T08:00:10Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2026-11-22T07:59:00Z"), now)).toBe(1);
  });
  it("keys accounts case-insensitively", () => {
    expect(throttleKey("account", " Officer1 ")).toBe(throttleKey("account", "officer1"));
    expect(throttleKey("account", "x")).not.toBe(throttleKey("address", "x"));
  });
});
