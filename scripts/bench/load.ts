import autocannon from "autocannon";

/** What one page is asked: a GET, or a POST with a fixed body (a server action). */
export type Request = { path: string; method?: "GET" | "POST"; headers?: Record<string, string>; body?: string };

/**
 * A step that can be taken once per record (accepting a ticket): each request takes the next of
 * `requests`, and the run stops when they are used up, instead of after a fixed time.
 */
export type OneShot = { requests: Request[] };

export type Sample = {
  requestsPerSecond: number;
  p50: number;
  p975: number;
  requests: number;
  failed: number;
  /** Mean size of an answer, headers included (autocannon counts the bytes read). */
  bytesPerResponse: number;
};

/**
 * One autocannon run of `seconds` at `connections` concurrent connections. A page too slow to
 * answer each connection twice in that time is run again for exactly that many requests, so that
 * every figure rests on finished requests rather than on the ones cut off at the end.
 */
export async function measure(
  baseUrl: string,
  request: Request | OneShot,
  cookie: string,
  connections: number,
  seconds: number,
): Promise<Sample> {
  if ("requests" in request) return measureOneShot(baseUrl, request, cookie, connections);
  const options = {
    url: `${baseUrl}${request.path}`,
    method: request.method ?? "GET",
    headers: { cookie, ...request.headers },
    body: request.body,
    connections,
    // autocannon gives up on a request after 10 s by default; a slow page should be timed, not dropped.
    timeout: 120,
  };
  let result = await autocannon({ ...options, duration: seconds });
  if (result.requests.total < connections * 2) result = await autocannon({ ...options, amount: connections * 2 });
  return summarise(result);
}

async function measureOneShot(baseUrl: string, shot: OneShot, cookie: string, connections: number) {
  const [first] = shot.requests;
  if (!first) throw new Error("a one-shot step needs at least one request");
  let next = 0;
  const result = await autocannon({
    url: `${baseUrl}${first.path}`,
    method: first.method ?? "GET",
    headers: { cookie, ...first.headers },
    connections,
    amount: shot.requests.length,
    timeout: 120,
    requests: [
      {
        setupRequest: (request) => {
          const r = shot.requests[next++ % shot.requests.length]!;
          return { ...request, path: r.path, body: r.body };
        },
      },
    ],
  });
  return summarise(result);
}

function summarise(result: autocannon.Result): Sample {
  return {
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    failed: result.non2xx + result.errors + result.timeouts,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
