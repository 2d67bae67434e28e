// The month's duty rota of a patrol team: which member enterprises send guards on which night.
// A pure function so that its rules can be checked over many random teams and months.

export type RotationInput = {
  /** Member enterprise ids; their order is the tie-break, so the same input always gives the same rota. */
  members: readonly string[];
  /** The nights to fill, consecutive China dates (YYYY-MM-DD) in order. */
  days: readonly string[];
  /** How many enterprises send guards each night. */
  guardsPerNight: number;
  /** Dates each enterprise cannot send guards. */
  unavailable?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Who was on duty the night before the first day (end of the previous month), to avoid a second night in a row. */
  previousNight?: readonly string[];
};

export type RotaNight = { date: string; enterprises: string[] };
export type RotationResult = {
  nights: RotaNight[];
  /** Nights with fewer enterprises than guardsPerNight because too many were unavailable. */
  unfilled: string[];
};

/**
 * Greedy, night by night. Where the rules conflict they give way in this order: an unavailable date is
 * never assigned; then duties stay even (fewest duties so far first); then nobody serves two nights
 * in a row; then whoever served longest ago goes first, which makes the plain case a round robin —
 * with at least 2 × guardsPerNight members that round robin never puts anyone on two nights running.
 */
export function planRotation(input: RotationInput): RotationResult {
  const { members, days, guardsPerNight } = input;
  const unavailable = input.unavailable ?? new Map<string, ReadonlySet<string>>();
  const count = new Map(members.map((m) => [m, 0]));
  // Night index of each enterprise's last duty; -1 for the night before the month, -Infinity for never.
  const last = new Map<string, number>(members.map((m) => [m, Number.NEGATIVE_INFINITY]));
  for (const m of input.previousNight ?? []) if (last.has(m)) last.set(m, -1);
  const order = new Map(members.map((m, i) => [m, i]));
  const nights: RotaNight[] = [];
  const unfilled: string[] = [];

  days.forEach((date, night) => {
    const free = members.filter((m) => !unavailable.get(m)?.has(date));
    const yesterday = (m: string) => (last.get(m) === night - 1 ? 1 : 0);
    free.sort(
      (a, b) =>
        count.get(a)! - count.get(b)! ||
        yesterday(a) - yesterday(b) ||
        last.get(a)! - last.get(b)! ||
        order.get(a)! - order.get(b)!,
    );
    const chosen = free.slice(0, guardsPerNight);
    if (chosen.length < guardsPerNight) unfilled.push(date);
    for (const m of chosen) {
      count.set(m, count.get(m)! + 1);
      last.set(m, night);
    }
    nights.push({ date, enterprises: chosen.sort((a, b) => order.get(a)! - order.get(b)!) });
  });
  return { nights, unfilled };
}

/** The China dates (YYYY-MM-DD) of a month given as "YYYY-MM", from `fromDate` on when given. */
export function daysOfMonth(month: string, fromDate?: string): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const days = Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
  return fromDate ? days.filter((d) => d >= fromDate) : days;
}
