/** Runs at most `limit` pieces of work at once; the rest wait their turn in order. */
export type Gate = { run<T>(work: () => PromiseLike<T>): Promise<T> };

/** Work running and waiting, summed over every gate that shares the object (for metrics). */
export type GateLoad = { running: number; waiting: number };

export function createGate(limit: number, load: GateLoad = { running: 0, waiting: 0 }): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    load.running -= 1;
    waiting.shift()?.();
  };
  return {
    async run<T>(work: () => PromiseLike<T>): Promise<T> {
      if (running >= limit) {
        load.waiting += 1;
        try {
          await new Promise<void>((resolve) => waiting.push(resolve));
        } finally {
          load.waiting -= 1;
        }
      }
      running += 1;
      load.running += 1;
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
