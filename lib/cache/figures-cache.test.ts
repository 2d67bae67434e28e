import { afterEach, describe, expect, it } from "vitest";
import { cachedFigures, clearFiguresCache, figuresCacheSeconds } from "./figures-cache.ts";

const counted = () => {
  let calls = 0;
  return {
    compute: async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { calls };
    },
    calls: () => calls,
  };
};

afterEach(() => {
  delete process.env.DASHBOARD_CACHE_SECONDS;
  clearFiguresCache();
});

describe("cachedFigures", () => {
  it("computes once for reads of one key that arrive together, and once per key", async () => {
    const { compute, calls } = counted();
    const answers = await Promise.all(Array.from({ length: 10 }, () => cachedFigures("a", compute)));
    expect(calls()).toBe(1);
    expect(new Set(answers.map((a) => a.value)).size).toBe(1);
    await cachedFigures("b", compute);
    expect(calls()).toBe(2);
  });

  it("keeps no failed computation: the next read computes again", async () => {
    await expect(cachedFigures("c", () => Promise.reject(new Error("database busy")))).rejects.toThrow("database busy");
    expect((await cachedFigures("c", async () => "read")).value).toBe("read");
  });

  it("computes every time when DASHBOARD_CACHE_SECONDS is 0", async () => {
    process.env.DASHBOARD_CACHE_SECONDS = "0";
    const { compute, calls } = counted();
    await cachedFigures("d", compute);
    await cachedFigures("d", compute);
    expect(calls()).toBe(2);
  });
});

describe("figuresCacheSeconds", () => {
  it("reads whole seconds, 30 by default, and refuses anything else", () => {
    expect(figuresCacheSeconds({})).toBe(30);
    expect(figuresCacheSeconds({ DASHBOARD_CACHE_SECONDS: " 5 " })).toBe(5);
    for (const bad of ["-1", "1.5", "soon", "99999"])
      expect(() => figuresCacheSeconds({ DASHBOARD_CACHE_SECONDS: bad })).toThrow("DASHBOARD_CACHE_SECONDS");
  });
});
