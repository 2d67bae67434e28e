import { describe, expect, it } from "vitest";
import { daysOfMonth, planRotation, type RotationInput } from "./rotation";

/** mulberry32: a small seeded generator, so every failing case can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Case = RotationInput & { seed: number };

/** A random team (7–10 members, 2–3 a night) and month, with or without blackout dates. */
function randomCase(seed: number, { blackouts }: { blackouts: boolean }): Case {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const members = Array.from({ length: int(7, 10) }, (_, i) => `e${seed}-${i}`);
  const month = `${int(2024, 2030)}-${String(int(1, 12)).padStart(2, "0")}`;
  const days = daysOfMonth(month);
  const guardsPerNight = int(2, 3);
  const unavailable = new Map<string, Set<string>>();
  if (blackouts) for (const m of members) unavailable.set(m, new Set(days.filter(() => rnd() < 0.25)));
  const previousNight = rnd() < 0.7 ? members.filter(() => rnd() < 0.3).slice(0, guardsPerNight) : undefined;
  return { seed, members, days, guardsPerNight, unavailable, previousNight };
}

const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

function duties(c: Case, nights: { enterprises: string[] }[]) {
  const count = new Map(c.members.map((m) => [m, 0]));
  for (const n of nights) for (const e of n.enterprises) count.set(e, count.get(e)! + 1);
  return [...count.values()];
}

describe("planRotation over random teams and months", () => {
  it("fills every night with distinct members and keeps duty counts within one of each other", () => {
    for (const seed of SEEDS) {
      const c = randomCase(seed, { blackouts: false });
      const { nights, unfilled } = planRotation(c);
      expect(unfilled, `seed ${seed}`).toEqual([]);
      expect(nights.map((n) => n.date)).toEqual(c.days);
      for (const n of nights) {
        expect(new Set(n.enterprises).size, `seed ${seed}`).toBe(c.guardsPerNight);
        for (const e of n.enterprises) expect(c.members).toContain(e);
      }
      const counts = duties(c, nights);
      expect(Math.max(...counts) - Math.min(...counts), `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it("never puts an enterprise on two nights in a row, across the month boundary too, when members ≥ 2 × guards", () => {
    for (const seed of SEEDS) {
      const c = randomCase(seed, { blackouts: false });
      if (c.members.length < 2 * c.guardsPerNight) continue;
      const { nights } = planRotation(c);
      let before = new Set(c.previousNight ?? []);
      for (const n of nights) {
        for (const e of n.enterprises) expect(before.has(e), `seed ${seed} ${n.date} ${e}`).toBe(false);
        before = new Set(n.enterprises);
      }
    }
  });

  it("never assigns a blackout date, and reports exactly the nights too few could serve", () => {
    for (const seed of SEEDS) {
      const c = randomCase(seed, { blackouts: true });
      const { nights, unfilled } = planRotation(c);
      for (const n of nights) {
        for (const e of n.enterprises)
          expect(c.unavailable!.get(e)!.has(n.date), `seed ${seed} ${n.date} ${e}`).toBe(false);
        const free = c.members.filter((m) => !c.unavailable!.get(m)!.has(n.date)).length;
        expect(n.enterprises.length).toBe(Math.min(free, c.guardsPerNight));
        expect(unfilled.includes(n.date)).toBe(free < c.guardsPerNight);
      }
    }
  });

  it("is deterministic", () => {
    const c = randomCase(42, { blackouts: true });
    expect(planRotation(c)).toEqual(planRotation(c));
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
