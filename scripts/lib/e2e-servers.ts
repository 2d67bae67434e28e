/**
 * How many servers (and workers) the browser tests start: E2E_SERVERS, 2 when unset. A count outside
 * 1–4 stops the run, rather than quietly starting none (NaN) or more than two cores can serve.
 */
export function e2eServerCount(value: string | undefined): number {
  const count = Number(value ?? 2);
  if (!Number.isInteger(count) || count < 1 || count > 4) {
    throw new Error(`E2E_SERVERS must be 1, 2, 3 or 4 (got "${value}")`);
  }
  return count;
}
