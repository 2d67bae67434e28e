import { describe, expect, it } from "vitest";
import { startOfChinaMonth } from "./china";

describe("startOfChinaMonth", () => {
  it("is midnight of the 1st in China, i.e. 16:00 UTC the day before", () => {
    expect(startOfChinaMonth(new Date("2026-11-22T08:00:00Z"))).toEqual(new Date("2026-10-31T16:00:00Z"));
  });
  it("already counts the evening of the last day (UTC) as the next China month", () => {
    expect(startOfChinaMonth(new Date("2026-11-30T16:30:00Z"))).toEqual(new Date("2026-11-30T16:00:00Z"));
    expect(startOfChinaMonth(new Date("2026-12-31T16:00:00Z"))).toEqual(new Date("2026-12-31T16:00:00Z"));
  });
});
