import { describe, expect, it } from "vitest";
import { isWeekendNight } from "./dates";
import { daysOfMonth, planRotation } from "./rotation";

const team = (size: number) => Array.from({ length: size }, (_, i) => `e${i}`);

function counts(nights: { date: string; enterprises: string[] }[], which: (date: string) => boolean) {
  const count = new Map<string, number>();
  for (const n of nights) if (which(n.date)) for (const e of n.enterprises) count.set(e, (count.get(e) ?? 0) + 1);
  return count;
}

// The random teams and months are in rotation.property.test.ts; these are the cases people asked about.
describe("planRotation", () => {
  it("shares the weekend nights of a month as evenly as the other nights", () => {
    // December 2026: 31 nights, 8 of them Saturday or Sunday nights. With 7 members, 2 a night, a
    // plain round robin comes round every 7 nights, so the same enterprises would get every weekend.
    const members = team(7);
    const { nights } = planRotation({ members, days: daysOfMonth("2026-12"), guardsPerNight: 2 });
    const weekend = [...counts(nights, isWeekendNight).values()];
    expect(weekend.reduce((s, n) => s + n, 0)).toBe(16);
    expect(weekend).toHaveLength(7);
    expect(Math.max(...weekend) - Math.min(...weekend)).toBeLessThanOrEqual(1);
    const all = [...counts(nights, () => true).values()];
    expect(Math.max(...all) - Math.min(...all)).toBeLessThanOrEqual(1);
  });

  it("changes partners: in a team of 8 with 2 a night no pair shares more than 2 nights of a month", () => {
    // The round robin it replaces sent the same four pairs out every fourth night, 7 or 8 times a month.
    const { nights } = planRotation({ members: team(8), days: daysOfMonth("2026-12"), guardsPerNight: 2 });
    const shared = new Map<string, number>();
    for (const { enterprises } of nights)
      shared.set(enterprises.join("+"), (shared.get(enterprises.join("+")) ?? 0) + 1);
    expect(Math.max(...shared.values())).toBeLessThanOrEqual(2);
    expect(shared.size).toBeGreaterThanOrEqual(20);
  });

  it("keeps an enterprise off the first night after it served the last night of the month before", () => {
    const { nights } = planRotation({
      members: team(8),
      days: daysOfMonth("2026-12"),
      guardsPerNight: 3,
      previousNight: ["e0", "e1", "e2"],
    });
    expect(nights[0]!.enterprises.filter((e) => ["e0", "e1", "e2"].includes(e))).toEqual([]);
  });

  it("leaves every night short when all but one are away, and never invents a member", () => {
    const members = ["a", "b", "c", "d", "e", "f", "g"];
    const days = daysOfMonth("2026-02");
    const away = new Set(days);
    const unavailable = new Map(members.slice(1).map((m) => [m, away]));
    const { nights, unfilled } = planRotation({ members, days, guardsPerNight: 2, unavailable });
    expect(unfilled).toEqual(days);
    expect(nights.every((n) => n.enterprises.length === 1 && n.enterprises[0] === "a")).toBe(true);
  });
});

describe("daysOfMonth", () => {
  it("knows month lengths and leap years, and can start part-way", () => {
    expect(daysOfMonth("2028-02")).toHaveLength(29);
    expect(daysOfMonth("2026-02")).toHaveLength(28);
    expect(daysOfMonth("2026-12")[30]).toBe("2026-12-31");
    expect(daysOfMonth("2026-11", "2026-11-29")).toEqual(["2026-11-29", "2026-11-30"]);
  });
});
