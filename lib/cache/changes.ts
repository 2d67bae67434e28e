/**
 * How many changes this server has made, in all and per county: a cache of figures keys its entries
 * by the count, so that the next read after a change made here misses and reads afresh. Changes
 * made by other servers and by jobs are not counted here; such caches also expire by age.
 *
 * Kept on globalThis: the pages, the actions and the API's route handlers are bundled apart, and
 * all of them must see the one count of the process.
 */
type Changes = { all: number; byBureau: Map<string, number> };

const KEY = Symbol.for("jqt.changes");
const holder = globalThis as typeof globalThis & { [KEY]?: Changes };
const changes: Changes = (holder[KEY] ??= { all: 0, byBureau: new Map() });

/** Counts a change that has been committed, in the county `bureauId` (none for a change of no county). */
export function noteChange(bureauId: string | null | undefined): void {
  changes.all += 1;
  if (bureauId) changes.byBureau.set(bureauId, (changes.byBureau.get(bureauId) ?? 0) + 1);
}

/** Changes this server has made in the county so far. */
export function changesIn(bureauId: string): number {
  return changes.byBureau.get(bureauId) ?? 0;
}

/** Changes this server has made anywhere so far. */
export function changesAnywhere(): number {
  return changes.all;
}
