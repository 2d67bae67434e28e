import { describe, expect, it } from "vitest";
import { addDays, nextMonth, parseChinaDateTime, parseMonth, toChinaDateTime } from "./dates";

describe("patrol dates", () => {
  it("reads a datetime-local value as China time and writes it back", () => {
    expect(parseChinaDateTime("2026-11-22T21:00")).toEqual(new Date("2026-11-22T13:00:00Z"));
    expect(parseChinaDateTime("2026-11-23T01:30")).toEqual(new Date("2026-11-22T17:30:00Z"));
    expect(toChinaDateTime(new Date("2026-11-22T17:30:00Z"))).toBe("2026-11-23T01:30");
    for (const bad of ["2026-02-30T21:00", "2026-11-22T24:00", "2026-11-22 21:00", ""]) expect(parseChinaDateTime(bad)).toBeNull();
  });

  it("steps over months, years and leap days", () => {
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("2026-07")).toBe("2026-07");
  });
});
