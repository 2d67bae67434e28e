import { afterEach, describe, expect, it, vi } from "vitest";
import BenchFloor from "../../app/bench/floor/page.tsx";

describe("benchmark floor page", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("does not exist on a server not started for benchmarking", () => {
    vi.stubEnv("BENCH_FLOOR", "");
    expect(() => BenchFloor()).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("answers when the benchmark enables it", () => {
    vi.stubEnv("BENCH_FLOOR", "1");
    expect(BenchFloor()).toBeTruthy();
  });
});
