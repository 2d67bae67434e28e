import { describe, expect, it } from "vitest";
import { resolutionRate } from "./figures";

describe("resolutionRate", () => {
  it("is resolved over closed, and no figure before anything was closed", () => {
    expect(resolutionRate(3, 1)).toBe(0.75);
    expect(resolutionRate(0, 2)).toBe(0);
    expect(resolutionRate(0, 0)).toBeNull();
  });
});
