/** Runs at most `limit` pieces of work at once; the rest wait their turn in order. */
export type Gate = { run<T>(work: () => PromiseLike<T>): Promise<T> };

export function createGate(limit: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return {
    async run<T>(work: () => PromiseLike<T>): Promise<T> {
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      running += 1;
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
