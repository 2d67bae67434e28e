/**
 * A life cycle as data: each named step lists the statuses it may start from and the status it leads
 * to (`to: null` keeps the status, for steps such as a mediation session that change the record but
 * not its state). What is not listed is forbidden. Who may take a step is the capability policy's
 * question, not the machine's.
 */
export type StepRule<S extends string> = { from: readonly S[]; to: S | null };

export type Machine<S extends string, T extends string> = {
  readonly rules: Readonly<Record<T, StepRule<S>>>;
  readonly steps: readonly T[];
  /** The status `step` leads to from `status`, or null when the machine forbids it. */
  next(status: S, step: T): S | null;
  /** Steps possible from `status`, narrowed to those `allowed` admits (the user's policy). */
  available(status: S, allowed?: (step: T) => boolean): T[];
};

export function defineMachine<S extends string, T extends string>(rules: Record<T, StepRule<S>>): Machine<S, T> {
  const steps = Object.keys(rules) as T[];
  const next = (status: S, step: T): S | null => {
    const rule = rules[step];
    return rule.from.includes(status) ? (rule.to ?? status) : null;
  };
  return {
    rules,
    steps,
    next,
    available: (status, allowed = () => true) => steps.filter((s) => next(status, s) !== null && allowed(s)),
  };
}
