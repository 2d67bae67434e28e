// What instrumentation.ts's onRequestError writes: one line per server error Next caught while
// rendering a page, running a route handler or a server action, with the request id the proxy
// assigned, the route pattern and the digest the error page shows the user ("reference …"), so the
// user's screenshot leads to the stack.
import type { Instrumentation } from "next";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import type { Logger } from "./logger.ts";
import { REQUEST_ID_HEADER } from "./request-id.ts";

type Params = Parameters<Instrumentation.onRequestError>;

export function logRequestError(log: Logger, error: Params[0], request: Params[1], context: Params[2]): void {
  const header = request.headers[REQUEST_ID_HEADER];
  const digest = (error as { digest?: unknown } | null)?.digest;
  const fields = {
    requestId: Array.isArray(header) ? header[0] : header,
    route: context.routePath,
    routeType: context.routeType,
    method: request.method,
    // The path without its query: a query holds what the user typed.
    path: request.path.split("?")[0],
    digest: typeof digest === "string" ? digest : undefined,
    err: error,
  };
  // An overloaded or restarting database is expected now and then and already answered as "busy".
  if (isDatabaseUnavailable(error)) log.warn(fields, "request failed: database unavailable");
  else log.error(fields, "request failed");
}
