// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    /** Called before each request; what it returns is sent instead. */
    requests?: { setupRequest: (request: RequestParams) => RequestParams }[];
  };
  type RequestParams = { path?: string; method?: string; body?: string; headers?: Record<string, string> };
  type Histogram = { average: number; p50: number; p97_5: number };
  type Result = {
    requests: Histogram & { total: number };
    /** Bytes read from the server over the run. */
    throughput: Histogram & { total: number };
    duration: number;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  function autocannon(options: Options): Promise<Result>;
  namespace autocannon {
    export type { Result };
  }
  export default autocannon;
}
