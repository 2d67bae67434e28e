// The portal's one source of "now". Commands, queries and schemas read it instead of the wall clock,
// so that tests can fix the instant they run at (a month boundary, 23:59 China time) and get the
// same answer on any day.
export type Clock = { now(): Date };

const systemClock: Clock = { now: () => new Date() };
let current: Clock = systemClock;

export const clock: Clock = { now: () => current.now() };

/**
 * Tests: from now on the clock reads `at` (a fixed instant, or a function for a moving one). Returns
 * a function that puts the wall clock back.
 */
export function setClock(at: Date | string | (() => Date)): () => void {
  const read = typeof at === "function" ? at : () => new Date(at);
  current = { now: read };
  return () => {
    current = systemClock;
  };
}
