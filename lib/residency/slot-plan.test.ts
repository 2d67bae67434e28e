import { describe, expect, it } from "vitest";
import { parseChinaDate } from "../time/china.ts";
import {
  currentMonday,
  formatMinutes,
  mondayDate,
  mondayOf,
  parseStartTimes,
  planSlots,
  slotsFitTheDay,
  weekdayOf,
  weekParam,
} from "./slot-plan.ts";

const day = (date: string) => parseChinaDate(date)!;

describe("weeks in China time", () => {
  it("knows the weekday of a date", () => {
    expect(weekdayOf(day("2026-11-30"))).toBe(1);
    expect(weekdayOf(day("2026-12-06"))).toBe(7);
    expect(weekdayOf(day("1969-12-29"))).toBe(1);
  });

  it("finds the Monday of a week from any of its days", () => {
    expect(mondayDate(mondayOf(day("2026-12-03")))).toBe("2026-11-30");
    expect(mondayDate(mondayOf(day("2026-12-06")))).toBe("2026-11-30");
    expect(weekParam("2026-11-30")).toBe(day("2026-11-30"));
    expect(weekParam("2026-02-30")).toBeNull();
    expect(weekParam(undefined)).toBeNull();
  });

  it("reads the current week in China, not in UTC", () => {
    // Sunday 23:30 UTC is already Monday 07:30 in China.
    expect(mondayDate(currentMonday(new Date("2026-11-29T23:30:00Z")))).toBe("2026-11-30");
    expect(mondayDate(currentMonday(new Date("2026-11-29T15:30:00Z")))).toBe("2026-11-23");
  });
});

describe("start times", () => {
  it("reads times separated as people type them, sorted and without repeats", () => {
    expect(parseStartTimes("14:30, 09:00 10:00，9:00、10：00")).toEqual([540, 600, 870]);
  });

  it("refuses anything that is not a time of day", () => {
    expect(parseStartTimes("09:00 24:00")).toBeNull();
    expect(parseStartTimes("9")).toBeNull();
    expect(parseStartTimes("09:60")).toBeNull();
    expect(parseStartTimes("")).toEqual([]);
  });

  it("writes minutes as a time", () => {
    expect(formatMinutes(545)).toBe("09:05");
  });

  it("keeps slots from overlapping or running past midnight", () => {
    expect(slotsFitTheDay([540, 600], 60)).toBe(true);
    expect(slotsFitTheDay([540, 570], 60)).toBe(false);
    expect(slotsFitTheDay([23 * 60], 60)).toBe(true);
    expect(slotsFitTheDay([23 * 60 + 30], 60)).toBe(false);
    expect(slotsFitTheDay([], 60)).toBe(false);
  });
});

describe("a week's plan", () => {
  it("places every slot on its day at the China time asked for", () => {
    const slots = planSlots({ monday: day("2026-11-30"), weekdays: [3, 1], starts: [540, 600], length: 30 });
    expect(slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ["2026-11-30T01:00:00.000Z", "2026-11-30T01:30:00.000Z"],
      ["2026-11-30T02:00:00.000Z", "2026-11-30T02:30:00.000Z"],
      ["2026-12-02T01:00:00.000Z", "2026-12-02T01:30:00.000Z"],
      ["2026-12-02T02:00:00.000Z", "2026-12-02T02:30:00.000Z"],
    ]);
  });
});
