import { describe, expect, it } from "vitest";
import {
  chinaDate,
  chinaDateTime,
  chinaDateTimeLocal,
  chinaTime,
  chinaYear,
  parseChinaDate,
  parseChinaDateTime,
  startOfChinaMonth,
  startOfChinaYear,
} from "./china";

describe("startOfChinaMonth", () => {
  it("is midnight of the 1st in China, i.e. 16:00 UTC the day before", () => {
    expect(startOfChinaMonth(new Date("2026-11-22T08:00:00Z"))).toEqual(new Date("2026-10-31T16:00:00Z"));
  });
  it("already counts the evening of the last day (UTC) as the next China month", () => {
    expect(startOfChinaMonth(new Date("2026-11-30T16:30:00Z"))).toEqual(new Date("2026-11-30T16:00:00Z"));
    expect(startOfChinaMonth(new Date("2026-12-31T16:00:00Z"))).toEqual(new Date("2026-12-31T16:00:00Z"));
  });
});

describe("China date and time", () => {
  it("reads a datetime-local value as China time, with or without seconds", () => {
    expect(parseChinaDateTime("2026-11-22T09:30")?.toISOString()).toBe("2026-11-22T01:30:00.000Z");
    expect(parseChinaDateTime("2026-11-23T01:30")?.toISOString()).toBe("2026-11-22T17:30:00.000Z");
    expect(parseChinaDateTime("2026-11-22 00:05:07")?.toISOString()).toBe("2026-11-21T16:05:07.000Z");
  });
  it("refuses what is not a real date and time", () => {
    for (const v of [
      "2026-02-30T10:00",
      "2026-11-22T24:00",
      "2026-11-22T10:60",
      "2026-11-22T10:00:60",
      "2026-11-22",
      "yesterday",
      "",
    ]) {
      expect(parseChinaDateTime(v), v).toBeNull();
    }
  });
  it("writes an instant back in China time, across the UTC date line", () => {
    const at = new Date("2026-11-22T17:30:00Z");
    expect(chinaDateTimeLocal(at)).toBe("2026-11-23T01:30");
    expect(chinaDateTime(at)).toBe("2026-11-23 01:30");
    expect(chinaTime(at)).toBe("01:30");
    expect(parseChinaDateTime(chinaDateTimeLocal(at))).toEqual(at);
  });
});

describe("China calendar days and years", () => {
  it("parses real calendar dates only and formats China dates", () => {
    expect(parseChinaDate("2026-02-30")).toBeNull();
    expect(parseChinaDate("2026-2-3")).toBeNull();
    expect(parseChinaDate("2026-02-28")).not.toBeNull();
    expect(chinaDate(new Date("2026-10-31T16:30:00Z"))).toBe("2026-11-01");
  });

  it("takes the year in China time (UTC+8)", () => {
    expect(chinaYear(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(chinaYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});

describe("startOfChinaYear", () => {
  it("is China's 1 January 00:00, also in the hours when UTC is still in the old year", () => {
    expect(startOfChinaYear(new Date("2026-11-22T12:00:00Z")).toISOString()).toBe("2025-12-31T16:00:00.000Z");
    // 2026-12-31 20:00 UTC is already 2027-01-01 04:00 in China.
    expect(startOfChinaYear(new Date("2026-12-31T20:00:00Z")).toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(startOfChinaYear(new Date("2026-12-31T15:59:59Z")).toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});
