// The logging module: `logger` for lines about the process, `loggerForRequest` /
// `currentRequestLogger` (server only, in current-request.ts) for lines about a request.
export { createLogger, logger, type Logger } from "./logger.ts";
export { acceptRequestId, REQUEST_ID_HEADER } from "./request-id.ts";
export { loggerForRequest, requestBindings, PATHNAME_HEADER } from "./request.ts";
