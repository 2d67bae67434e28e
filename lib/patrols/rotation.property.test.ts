import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWeekendNight } from "./dates";
import { daysOfMonth, planRotation, type RotationInput } from "./rotation";

/**
 * The rota's promises, checked over random teams (7–10 members, 2–3 a night, as teams are formed),
 * whole or part months, and the night before the month. Where enterprises are away, they are away in
 * a few shared patterns as well as alone, so that enterprises "available on the same nights" occur.
 */
const team = fc
  .record({
    size: fc.integer({ min: 7, max: 10 }),
    guardsPerNight: fc.integer({ min: 2, max: 3 }),
    year: fc.integer({ min: 2024, max: 2032 }),
    month: fc.integer({ min: 1, max: 12 }),
    from: fc.integer({ min: 1, max: 25 }),
    partMonth: fc.boolean(),
    previous: fc.array(fc.nat(9), { maxLength: 3 }),
  })
  .map(({ size, guardsPerNight, year, month, from, partMonth, previous }) => {
    const members = Array.from({ length: size }, (_, i) => `e${i}`);
    const ym = `${year}-${String(month).padStart(2, "0")}`;
    const days = daysOfMonth(ym, partMonth ? `${ym}-${String(from).padStart(2, "0")}` : undefined);
    const previousNight = [...new Set(previous.filter((i) => i < size))].slice(0, guardsPerNight).map((i) => `e${i}`);
    return { members, days, guardsPerNight, previousNight };
  });

const withAbsences = team.chain((c) =>
  fc
    .record({
      patterns: fc.array(fc.subarray(c.days, { maxLength: Math.min(8, c.days.length) }), {
        minLength: 1,
        maxLength: 3,
      }),
      own: fc.array(fc.option(fc.subarray(c.days, { maxLength: Math.min(8, c.days.length) }), { nil: undefined }), {
        minLength: c.members.length,
        maxLength: c.members.length,
      }),
      shared: fc.array(fc.nat(), { minLength: c.members.length, maxLength: c.members.length }),
    })
    .map(({ patterns, own, shared }) => ({
      ...c,
      unavailable: new Map(
        c.members.map((m, i) => [m, new Set(own[i] ?? patterns[shared[i]! % patterns.length]!)] as const),
      ),
    })),
);

type Tally = { total: Map<string, number>; weekend: Map<string, number>; shared: Map<string, number> };

function tally(c: RotationInput, nights: { date: string; enterprises: string[] }[]): Tally {
  const total = new Map(c.members.map((m) => [m, 0]));
  const weekend = new Map(c.members.map((m) => [m, 0]));
  const shared = new Map<string, number>();
  for (const n of nights) {
    for (const e of n.enterprises) {
      total.set(e, total.get(e)! + 1);
      if (isWeekendNight(n.date)) weekend.set(e, weekend.get(e)! + 1);
    }
    for (const a of n.enterprises)
      for (const b of n.enterprises) if (a < b) shared.set(`${a}+${b}`, (shared.get(`${a}+${b}`) ?? 0) + 1);
  }
  return { total, weekend, shared };
}

const spread = (counts: Map<string, number>, among: readonly string[]) => {
  const values = among.map((m) => counts.get(m)!);
  return Math.max(...values) - Math.min(...values);
};

/**
 * The pairing criterion: no two enterprises share more than ⌈s⌉ + 3 nights in the rota, where s is
 * what a pair shares on average (nights × g(g−1) / (n(n−1))). A rotation that keeps the same groups
 * (the plain round robin it replaced) has pairs sharing about n/g times the average: 6–8 nights of a
 * month for a team of 8 with 2 a night, against an average of 1.1.
 */
function pairBound(c: RotationInput, nights: number) {
  const n = c.members.length;
  const g = c.guardsPerNight;
  return Math.ceil((nights * g * (g - 1)) / (n * (n - 1))) + 3;
}

describe("planRotation, as properties", () => {
  it("with nobody away: every night full, totals and weekend nights each within one, varied pairs, rest", () => {
    fc.assert(
      fc.property(team, (c) => {
        const { nights, unfilled } = planRotation(c);
        expect(unfilled).toEqual([]);
        expect(nights.map((n) => n.date)).toEqual(c.days);
        for (const n of nights) expect(new Set(n.enterprises).size).toBe(c.guardsPerNight);
        const { total, weekend, shared } = tally(c, nights);
        expect(spread(total, c.members)).toBeLessThanOrEqual(1);
        expect(spread(weekend, c.members)).toBeLessThanOrEqual(1);
        expect(Math.max(0, ...shared.values())).toBeLessThanOrEqual(pairBound(c, nights.length));
        if (c.members.length >= 2 * c.guardsPerNight + 2) {
          let before = new Set(c.previousNight);
          for (const n of nights) {
            expect(n.enterprises.filter((e) => before.has(e))).toEqual([]);
            before = new Set(n.enterprises);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("with enterprises away: never on a date it is away, every night as full as those free allow, and enterprises away on the same dates within one of each other in total and in weekend nights", () => {
    fc.assert(
      fc.property(withAbsences, (c) => {
        const { nights, unfilled } = planRotation(c);
        for (const n of nights) {
          for (const e of n.enterprises) expect(c.unavailable.get(e)!.has(n.date)).toBe(false);
          const free = c.members.filter((m) => !c.unavailable.get(m)!.has(n.date)).length;
          expect(n.enterprises.length).toBe(Math.min(free, c.guardsPerNight));
          expect(unfilled.includes(n.date)).toBe(free < c.guardsPerNight);
        }
        const { total, weekend } = tally(c, nights);
        const alike = new Map<string, string[]>();
        for (const m of c.members) {
          const key = c.days.filter((d) => c.unavailable.get(m)!.has(d)).join();
          alike.set(key, [...(alike.get(key) ?? []), m]);
        }
        for (const group of alike.values()) {
          expect(spread(total, group)).toBeLessThanOrEqual(1);
          expect(spread(weekend, group)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same rota for the same input", () => {
    fc.assert(
      fc.property(withAbsences, (c) => {
        const again = { ...c, unavailable: new Map([...c.unavailable].map(([m, d]) => [m, new Set(d)])) };
        expect(planRotation(again)).toEqual(planRotation(c));
      }),
      { numRuns: 50 },
    );
  });
});
