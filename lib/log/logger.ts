// The process's structured logger: one JSON object per line on stdout, for the platform's log
// collector to ship. Fields every line has: level (pino's number), time (epoch ms), msg; lines about
// a request add requestId, route, userId and role: loggerForRequest (request.ts) given the request's
// headers, currentRequestLogger (current-request.ts) inside a request. No pretty printing here: pipe
// through `npx pino-pretty` when reading by eye. docs/operations.md describes the format.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { REDACT_PATHS, REDACTED, scrubPersonalData } from "./redaction.ts";

export type { Logger } from "pino";

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** LOG_LEVEL when it names a level; tests default to silent so their output stays readable. */
export function logLevel(env: Record<string, string | undefined> = process.env): string {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  if (wanted && LEVELS.has(wanted)) return wanted;
  return env.NODE_ENV === "test" || env.VITEST ? "silent" : "info";
}

export function loggerOptions(level = logLevel()): LoggerOptions {
  return {
    level,
    base: { service: "jqt" },
    // pid and hostname identify a replica; "service" tells our lines from a sidecar's.
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
    serializers: { err: pino.stdSerializers.errWithCause },
    hooks: { streamWrite: scrubPersonalData },
  };
}

/** A logger with the process's settings, writing to destination (stdout when omitted). */
export function createLogger(destination?: DestinationStream, level?: string): Logger {
  const options = loggerOptions(level);
  return destination ? pino(options, destination) : pino(options);
}

const globalLog = globalThis as unknown as { __jqtLogger?: Logger };

/** The process-wide logger; kept on globalThis so dev reloads do not stack up stdout writers. */
export const logger: Logger = (globalLog.__jqtLogger ??= createLogger());
