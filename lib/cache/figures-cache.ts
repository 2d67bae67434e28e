import "server-only";
import { LRUCache } from "lru-cache";
import { clock } from "../time/clock.ts";

/** Figures as read at one instant: `asOf` is shown beside them. */
export type Cached<T> = { value: T; asOf: Date };

const DEFAULT_SECONDS = 30;

/** How long read figures are served again (DASHBOARD_CACHE_SECONDS; 0 reads afresh every time). */
export function figuresCacheSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DASHBOARD_CACHE_SECONDS?.trim();
  if (!raw) return DEFAULT_SECONDS;
  if (!/^\d{1,4}$/.test(raw)) throw new Error("DASHBOARD_CACHE_SECONDS must be a whole number of seconds");
  return Number(raw);
}

type Compute = () => Promise<unknown>;

function newCache(seconds: number) {
  return new LRUCache<string, Cached<unknown>, Compute>({
    // A county's filter combinations viewed within the expiry; each entry is tens of kilobytes.
    max: 200,
    ttl: seconds * 1000,
    // The app's clock, read on every check (no debouncing by a real timer), so that tests can move
    // time past the expiry.
    perf: { now: () => clock.now().getTime() },
    ttlResolution: 0,
    // Concurrent reads of one key wait for the same computation instead of each starting one.
    fetchMethod: async (_key, _stale, { context }) => ({ value: await context(), asOf: clock.now() }),
  });
}

type Holder = { seconds: number; cache: ReturnType<typeof newCache> };
const KEY = Symbol.for("jqt.figures-cache");
const holder = globalThis as typeof globalThis & { [KEY]?: Holder };

function current(): Holder | null {
  const seconds = figuresCacheSeconds();
  if (seconds === 0) return null;
  if (holder[KEY]?.seconds !== seconds) holder[KEY] = { seconds, cache: newCache(seconds) };
  return holder[KEY];
}

/**
 * The figures under `key`, computed by `compute` unless they were computed less than
 * DASHBOARD_CACHE_SECONDS ago. The key must name everything the figures depend on: whose scope they
 * are read in (the caller asks the policy first), the filters, and a change count (lib/cache/changes.ts).
 * A failed computation is not kept. The value is shared between requests: callers must not change it.
 */
export async function cachedFigures<T>(key: string, compute: () => Promise<T>): Promise<Cached<T>> {
  const cache = current()?.cache;
  if (!cache) return { value: await compute(), asOf: clock.now() };
  const entry = await cache.fetch(key, { context: compute });
  return entry as Cached<T>;
}

/** Forgets every cached figure (tests). */
export function clearFiguresCache(): void {
  holder[KEY]?.cache.clear();
}
