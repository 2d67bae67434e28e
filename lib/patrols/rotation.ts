// The month's duty rota of a patrol team: which member enterprises send guards on which night.
// A pure function so that its rules can be checked over many random teams and months.
import { isWeekendNight } from "./dates.ts";

export type RotationInput = {
  /** Member enterprise ids; their order is the tie-break, so the same input always gives the same rota. */
  members: readonly string[];
  /** The nights to fill, China dates (YYYY-MM-DD) in order; neighbours in the list count as consecutive nights. */
  days: readonly string[];
  /** How many enterprises send guards each night. */
  guardsPerNight: number;
  /** Dates each enterprise cannot send guards. */
  unavailable?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Who was on duty the night before the first day (end of the previous month), to avoid a second night in a row. */
  previousNight?: readonly string[];
  /** The nights shared out apart from the others: weekends and the bureau's holidays (restNightTest). Weekends when absent. */
  isRestNight?: (date: string) => boolean;
};

export type RotaNight = { date: string; enterprises: string[] };
export type RotationResult = {
  nights: RotaNight[];
  /** Nights with fewer enterprises than guardsPerNight because too many were unavailable. */
  unfilled: string[];
};

/** Every way to choose k of the items, in order. */
function* choose<T>(items: readonly T[], k: number, from = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - k; i++)
    for (const rest of choose(items, k - 1, i + 1)) yield [items[i]!, ...rest];
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * Night by night, then weekend nights evened out. Where the rules conflict they give way in this order:
 *
 * 1. an unavailable date is never assigned;
 * 2. duties stay even: whoever has served fewest nights so far goes first, so the month's totals end
 *    within one of each other (and so do those of enterprises that are away on the same dates);
 * 3. weekend nights (isRestNight: weekends and the bureau's holidays) stay even the same way, among
 *    the same enterprises;
 * 4. nobody serves two nights in a row where the team has room for it: with no unavailable dates and
 *    at least 2 × guardsPerNight + 2 members this never gives way (a team of exactly 2g or 2g + 1
 *    sometimes has to, to keep rule 3);
 * 5. partners change: of the groups rules 2 and 4 leave open, the night goes to the one whose pairs
 *    have shared fewest nights (counted squared, so one much-repeated pair weighs more than several
 *    once-repeated ones), so the same groups do not come round week after week; then to whoever has
 *    fewer weekend nights on a weekend night (more on a weekday); then whose pairs met longest ago;
 *    then whoever served longest ago; then the members' order. The same input gives the same rota.
 *
 * Night by night, rule 3 cannot be kept (when only g members are tied there is no choice), so it is
 * restored afterwards by moves that keep every total: first a weekend night and a weekday night swap
 * their whole groups, which changes no pair; then a weekend night of an enterprise with two or more
 * weekend nights more than another goes to that other, which pays back a weekday night (directly or
 * through a third member), preferring trades that keep rule 4 and then pairs least repeated.
 */
export function planRotation(input: RotationInput): RotationResult {
  const { members, days, guardsPerNight } = input;
  const unavailable = input.unavailable ?? new Map<string, ReadonlySet<string>>();
  const order = new Map(members.map((m, i) => [m, i]));
  const isFree = (m: string, night: number) => !unavailable.get(m)?.has(days[night]!);
  const weekend = days.map(input.isRestNight ?? isWeekendNight);
  const total = new Map(members.map((m) => [m, 0]));
  const heavy = new Map(members.map((m) => [m, 0]));
  // Night index of each enterprise's last duty; -1 for the night before the month, -Infinity for never.
  const last = new Map<string, number>(members.map((m) => [m, Number.NEGATIVE_INFINITY]));
  for (const m of input.previousNight ?? []) if (last.has(m)) last.set(m, -1);
  const pairKey = (a: string, b: string) => (order.get(a)! < order.get(b)! ? `${a}\n${b}` : `${b}\n${a}`);
  const together = new Map<string, { count: number; last: number }>();
  const nights: string[][] = [];

  days.forEach((_, night) => {
    const rested = (m: string) => (last.get(m) === night - 1 ? 1 : 0);
    const rank = (m: string) => 2 * total.get(m)! + rested(m);
    const free = members
      .filter((m) => isFree(m, night))
      .sort((a, b) => rank(a) - rank(b) || order.get(a)! - order.get(b)!);
    let chosen = free.slice(0, guardsPerNight);
    if (free.length > guardsPerNight) {
      const edge = rank(free[guardsPerNight - 1]!);
      const must = free.filter((m) => rank(m) < edge);
      const pool = free.filter((m) => rank(m) === edge);
      let best: number[] | null = null;
      for (const pick of choose(pool, guardsPerNight - must.length)) {
        const group = [...must, ...pick];
        let pairs = 0;
        let pairsLast = 0;
        for (let i = 0; i < group.length; i++)
          for (let j = i + 1; j < group.length; j++) {
            const p = together.get(pairKey(group[i]!, group[j]!));
            pairs += (p?.count ?? 0) ** 2;
            pairsLast += p?.last ?? -1;
          }
        // The members of the pool left out tonight are often the next night's group by force
        // (fewest duties, nobody else tied); counting their pairs too keeps a pair from being
        // left over together round after round.
        const left = pool.filter((m) => !pick.includes(m));
        if (left.length <= guardsPerNight)
          for (let i = 0; i < left.length; i++)
            for (let j = i + 1; j < left.length; j++)
              pairs += (together.get(pairKey(left[i]!, left[j]!))?.count ?? 0) ** 2;
        const heavySum = group.reduce((s, m) => s + heavy.get(m)!, 0);
        const heavyCost = weekend[night] ? heavySum : -heavySum;
        const cost = [
          pairs,
          heavyCost,
          pairsLast,
          group.reduce((s, m) => s + Math.max(last.get(m)!, -2), 0),
          group.reduce((s, m) => s + order.get(m)!, 0),
        ];
        if (!best || lexLess(cost, best)) {
          best = cost;
          chosen = group;
        }
      }
    }
    for (const m of chosen) {
      total.set(m, total.get(m)! + 1);
      if (weekend[night]) heavy.set(m, heavy.get(m)! + 1);
      last.set(m, night);
    }
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) {
        const key = pairKey(chosen[i]!, chosen[j]!);
        together.set(key, { count: (together.get(key)?.count ?? 0) + 1, last: night });
      }
    nights.push(chosen);
  });

  evenWeekends(nights, { members, weekend, isFree, previousNight: input.previousNight ?? [], heavy, order });

  return {
    nights: nights.map((chosen, night) => ({
      date: days[night]!,
      enterprises: [...chosen].sort((a, b) => order.get(a)! - order.get(b)!),
    })),
    unfilled: days.filter((_, night) => nights[night]!.length < guardsPerNight),
  };
}

/** The evening out of weekend nights described on planRotation; changes `nights` and `heavy` in place. */
function evenWeekends(
  nights: string[][],
  ctx: {
    members: readonly string[];
    weekend: boolean[];
    isFree: (m: string, night: number) => boolean;
    previousNight: readonly string[];
    heavy: Map<string, number>;
    order: Map<string, number>;
  },
) {
  const { members, weekend, isFree, previousNight, heavy, order } = ctx;
  const on = (m: string, night: number) =>
    night === -1 ? previousNight.includes(m) : (nights[night]?.includes(m) ?? false);
  // Whether m could take `to` after giving up `from` without serving two nights in a row.
  const restsAroundStrict = (m: string, to: number, from: number) =>
    [to - 1, to + 1].every((n) => n === from || !on(m, n));
  const canTake = (to: string, from: string, night: number) => on(from, night) && !on(to, night) && isFree(to, night);
  const nightsOf = (m: string, isWeekend: boolean) =>
    nights.flatMap((chosen, n) => (weekend[n] === isWeekend && chosen.includes(m) ? [n] : []));
  const squares = () => members.reduce((s, m) => s + heavy.get(m)! ** 2, 0);
  const restBreaks = () => nights.reduce((s, chosen, n) => s + chosen.filter((m) => on(m, n - 1)).length, 0);
  const pairSquares = () => {
    const shared = new Map<string, number>();
    for (const chosen of nights)
      for (const a of chosen)
        for (const b of chosen) if (a < b) shared.set(`${a}\n${b}`, (shared.get(`${a}\n${b}`) ?? 0) + 1);
    let sum = 0;
    for (const n of shared.values()) sum += n * n;
    return sum;
  };
  const count = (group: readonly string[], by: number) => {
    for (const m of group) heavy.set(m, heavy.get(m)! + by);
  };
  const move = (night: number, from: string, to: string) => {
    nights[night] = nights[night]!.map((m) => (m === from ? to : m));
  };

  /**
   * Two full nights, one weekend and one weekday, swap their whole groups: nobody's total and no
   * pair's count changes, only who has the weekend night. Done when it evens weekend nights out
   * (their sum of squares falls) without more nights in a row than before.
   */
  function swapNights(): boolean {
    const before = squares();
    const breaks = restBreaks();
    for (let x = 0; x < nights.length; x++) {
      const gx = nights[x]!;
      if (!weekend[x] || gx.length === 0) continue;
      for (let y = 0; y < nights.length; y++) {
        const gy = nights[y]!;
        if (weekend[y] || gy.length !== gx.length) continue;
        if (!gx.every((m) => isFree(m, y)) || !gy.every((m) => isFree(m, x))) continue;
        count(gx, -1);
        count(gy, 1);
        nights[x] = gy;
        nights[y] = gx;
        if (squares() < before && restBreaks() <= breaks) return true;
        count(gx, 1);
        count(gy, -1);
        nights[x] = gx;
        nights[y] = gy;
      }
    }
    return false;
  }

  /**
   * A weekend night of `a` goes to `b`, who has at least two fewer, paid back with a weekday night of
   * `b`; failing that, through a third member: `b` pays a weekday night to `c`, who pays one to `a`.
   */
  function tradeNights(rest: boolean): boolean {
    const restsAround = (m: string, to: number, from: number) => !rest || restsAroundStrict(m, to, from);
    const byOrder = (a: string, b: string) => order.get(a)! - order.get(b)!;
    const most = [...members].sort((a, b) => heavy.get(b)! - heavy.get(a)! || byOrder(a, b));
    const fewest = [...most].reverse();
    for (const a of most)
      for (const b of fewest) {
        if (heavy.get(a)! - heavy.get(b)! < 2) break;
        // Of the trades that work, the one that leaves pairs least repeated (sum of squares of the
        // nights each pair shares), so the evening out does not undo the varied pairings.
        let trade: (() => void) | null = null;
        let best = Number.POSITIVE_INFINITY;
        const consider = (moves: [number, string, string][]) => {
          for (const [night, from, to] of moves) move(night, from, to);
          const score = pairSquares();
          for (const [night, from, to] of moves.toReversed()) move(night, to, from);
          if (score < best) {
            best = score;
            trade = () => moves.forEach(([night, from, to]) => move(night, from, to));
          }
        };
        for (const x of nightsOf(a, true)) {
          if (!canTake(b, a, x)) continue;
          for (const y of nightsOf(b, false))
            if (canTake(a, b, y) && restsAround(a, y, x) && restsAround(b, x, y))
              consider([
                [x, a, b],
                [y, b, a],
              ]);
        }
        if (!trade)
          for (const x of nightsOf(a, true)) {
            if (!canTake(b, a, x)) continue;
            for (const y of nightsOf(b, false)) {
              if (!restsAround(b, x, y)) continue;
              for (const c of members) {
                if (c === a || c === b || !canTake(c, b, y)) continue;
                for (const z of nightsOf(c, false))
                  if (z !== y && canTake(a, c, z) && restsAround(c, y, z) && restsAround(a, z, x))
                    consider([
                      [x, a, b],
                      [y, b, c],
                      [z, c, a],
                    ]);
              }
            }
          }
        if (trade) {
          (trade as () => void)();
          count([a], -1);
          count([b], 1);
          return true;
        }
      }
    return false;
  }

  // Each step lowers the sum of squares of the weekend counts, a whole number, so the loop ends.
  while (swapNights() || tradeNights(true) || tradeNights(false));
}

/** The China dates (YYYY-MM-DD) of a month given as "YYYY-MM", from `fromDate` on when given. */
export function daysOfMonth(month: string, fromDate?: string): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const days = Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
  return fromDate ? days.filter((d) => d >= fromDate) : days;
}
