// Prisma wraps what the database said: in an error's cause, or, from a driver adapter, in
// meta.driverAdapterError with its own cause. Telling one failure from another means looking at
// every error of that chain. Free of Prisma imports, like the modules that use it.

/** True when `error` or any error it wraps satisfies `test`. */
export function someErrorInChain(error: unknown, test: (e: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  let queue: unknown[] = [error];
  while (queue.length) {
    const next: unknown[] = [];
    for (const item of queue) {
      if (!item || typeof item !== "object" || seen.has(item)) continue;
      seen.add(item);
      if (test(item as Record<string, unknown>)) return true;
      const e = item as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
      next.push(e.cause, e.meta?.driverAdapterError);
    }
    queue = next;
  }
  return false;
}
