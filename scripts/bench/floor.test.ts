import { afterEach, describe, expect, it, vi } from "vitest";
import BenchFloor from "../../app/bench/floor/page.tsx";
import BenchFrame from "../../app/(portal)/bench/frame/page.tsx";

describe.each([
  ["floor", BenchFloor],
  ["frame", BenchFrame],
])("benchmark %s page", (_, Page) => {
  afterEach(() => vi.unstubAllEnvs());

  it("does not exist on a server not started for benchmarking", () => {
    vi.stubEnv("BENCH_FLOOR", "");
    expect(() => Page()).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("answers when the benchmark enables it", () => {
    vi.stubEnv("BENCH_FLOOR", "1");
    expect(Page()).toBeTruthy();
  });
});
