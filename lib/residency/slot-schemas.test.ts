import { describe, expect, it } from "vitest";
import { openSlotsSchema } from "./slot-schemas";

const valid = {
  stationId: "s1",
  week: "2026-11-30",
  weekdays: ["1", "3"],
  times: "09:00 10:00",
  length: "30",
  capacity: "3",
};

describe("the week of slots form", () => {
  it("answers times too long to read at their field, without comparing them with the slot length", () => {
    const parsed = openSlotsSchema.safeParse({ ...valid, times: "x".repeat(5_000) });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["times", "residency.slots.errors.timesInvalid"],
    ]);
  });

  it("still says when slots of the chosen length overlap", () => {
    const parsed = openSlotsSchema.safeParse({ ...valid, times: "09:00 09:15" });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["times", "residency.slots.errors.overlap"],
    ]);
    expect(openSlotsSchema.safeParse(valid).success).toBe(true);
  });
});
