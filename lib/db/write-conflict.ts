// Two transactions that wait on each other's rows (a deadlock, 40P01) or that a serializable
// snapshot cannot order (40001): PostgreSQL ends one of them, and running it again from its start
// succeeds. Ticket writes are the likely pair: each adds to the same dashboard tally rows (see the
// tally migrations), and a rating that reopens a ticket adds to two of them in turn.
// Free of Prisma imports, like unavailable.ts.
import { someErrorInChain } from "./error-chain.ts";

/** Attempts in all, the first included: a third conflict in a row is reported, not retried. */
export const WRITE_CONFLICT_ATTEMPTS = 3;

// Prisma's own code, and the driver adapter's kind for both SQLSTATEs.
const PRISMA_CODE = "P2034";
const ADAPTER_KIND = "TransactionWriteConflict";
const SQLSTATES = new Set(["40P01", "40001"]);

/** True for an error (or a cause in its chain) that says "ended for a conflict with another transaction". */
export function isWriteConflict(error: unknown): boolean {
  return someErrorInChain(error, (e) => {
    if (e.code === PRISMA_CODE || e.kind === ADAPTER_KIND) return true;
    return (typeof e.code === "string" && SQLSTATES.has(e.code)) || SQLSTATES.has(String(e.originalCode));
  });
}

/**
 * Runs `attempt` again when PostgreSQL ended it for a write conflict, after a short random pause so
 * that the two parties do not meet again at once. Only for work that a rollback undoes entirely:
 * an interactive transaction, whose commands keep uploads and other outside effects out of it.
 */
export async function retryWriteConflicts<T>(
  attempt: () => Promise<T>,
  onRetry: (attemptNumber: number) => void = () => {},
  pause: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= WRITE_CONFLICT_ATTEMPTS || !isWriteConflict(error)) throw error;
      onRetry(n);
      await pause(10 + Math.random() * 40 * n);
    }
  }
}
