import { afterEach, describe, expect, it } from "vitest";
import { clock, setClock } from "./clock";

let restore = () => {};
afterEach(() => restore());

describe("clock", () => {
  it("reads the wall clock by default", () => {
    const before = Date.now();
    const read = clock.now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });

  it("reads a fixed instant once set, a fresh Date each time, until restored", () => {
    restore = setClock("2026-01-31T15:59:00Z");
    const a = clock.now();
    a.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe("2026-01-31T15:59:00.000Z");
    restore();
    expect(clock.now().getUTCFullYear()).toBeGreaterThanOrEqual(2026);
  });
});
