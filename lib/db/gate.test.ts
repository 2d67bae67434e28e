import { describe, expect, it } from "vitest";
import { createGate } from "./gate.ts";

describe("createGate", () => {
  it("never runs more than its limit at once, and runs everything in the order asked", async () => {
    const gate = createGate(3);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const jobs = Array.from({ length: 10 }, (_, i) =>
      gate.run(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(i);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return i;
      }),
    );
    // Let the first wave start, then release one job at a time.
    for (let released = 0; released < 10; released++) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(running).toBeLessThanOrEqual(3);
      releases.shift()?.();
    }
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("frees a place when a piece of work fails", async () => {
    const gate = createGate(1);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
  });

  it("counts what runs and what waits into a load shared by several gates", async () => {
    const load = { running: 0, waiting: 0 };
    const [a, b] = [createGate(1, load), createGate(1, load)];
    const releases: (() => void)[] = [];
    const hold = () => new Promise<void>((resolve) => releases.push(resolve));
    const jobs = [a.run(hold), a.run(hold), b.run(hold)];
    await new Promise((resolve) => setImmediate(resolve));
    expect(load).toEqual({ running: 2, waiting: 1 });
    releases.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(load).toEqual({ running: 2, waiting: 0 });
    for (const release of releases.splice(0)) release();
    await Promise.all(jobs);
    expect(load).toEqual({ running: 0, waiting: 0 });
  });
});
