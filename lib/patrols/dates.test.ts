import { describe, expect, it } from "vitest";
import { addDays, isWeekendNight, nextMonth, parseMonth } from "./dates";

describe("patrol dates", () => {
  it("steps over months, years and leap days", () => {
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("2026-07")).toBe("2026-07");
  });

  it("counts Saturday and Sunday nights as weekend nights", () => {
    // 2026-11-27 is a Friday.
    expect(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"].map(isWeekendNight)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
