// Telling "the database cannot take this request right now" apart from every other failure, so that
// callers answer "busy, try again shortly" (HTTP 503 with Retry-After) instead of a generic error.
// Free of Prisma and server-only imports: the action layer and its unit tests use it directly.

import { someErrorInChain } from "./error-chain.ts";

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Next keeps an error's own digest when it passes a server error to the error page (other messages
 * are hidden in production builds), so the page can still tell "busy" from "broken".
 */
export const DATABASE_BUSY_DIGEST = "DATABASE_BUSY";

/** Refused before touching the database: too many requests already wait for a connection. */
export class DatabaseBusyError extends Error {
  readonly digest = DATABASE_BUSY_DIGEST;
  constructor(message = "database busy", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseBusyError";
  }
}

// Prisma: can't reach server, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// Driver-adapter error kinds for a database that is down, restarting or full.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL: connection exceptions (08…), shutting down / starting up (57P01–57P03), too many
// connections (53300), statement timeout or cancel (57014).
const SQLSTATE = /^(08...|57P0[1-3]|53300|57014)$/;
// Thrown by pg / pg-pool and Prisma's transaction manager as plain errors.
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Unable to start a transaction in the given time/i,
  /Query read timeout/i,
  /ECONNREFUSED|ECONNRESET/,
];

/** True for any error (or cause in its chain) that means "the database cannot serve this now". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someErrorInChain(error, matches);
}

function matches(e: Record<string, unknown>): boolean {
  if (e instanceof DatabaseBusyError || e.digest === DATABASE_BUSY_DIGEST) return true;
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  if (typeof e.originalCode === "string" && SQLSTATE.test(e.originalCode)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  return typeof e.message === "string" && MESSAGES.some((pattern) => pattern.test(e.message as string));
}

/** A 503 for route handlers, in the caller's language (`message` is already translated). */
export function busyResponse(message: string): Response {
  return new Response(message, {
    status: 503,
    headers: {
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
