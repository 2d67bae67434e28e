// Binding a log line to the request it belongs to. The proxy puts the request id and the path on the
// request headers (proxy.ts); handlers, actions and pages read them from there. Only the user's id and
// role are bound, never a name, username or anything else a person could be found by.
import type { Role } from "../db/generated/enums.ts";
import { logger as processLogger, type Logger } from "./logger.ts";
import { REQUEST_ID_HEADER } from "./request-id.ts";

/** The request header the proxy writes the requested path (with its query) into. */
export const PATHNAME_HEADER = "x-pathname";

export type RequestBindings = { requestId?: string; route?: string; userId?: string; role?: Role };

type HeaderSource = { get(name: string): string | null };

/** requestId and route from the proxy's headers, userId and role from the signed-in user if any. */
export function requestBindings(
  headers: HeaderSource,
  user?: { id: string; role: Role } | null,
  route?: string,
): RequestBindings {
  const bindings: RequestBindings = {};
  const requestId = headers.get(REQUEST_ID_HEADER);
  if (requestId) bindings.requestId = requestId;
  // The path without its query: a search box's query is the user's text, not the route's.
  const path = route ?? headers.get(PATHNAME_HEADER)?.split("?")[0];
  if (path) bindings.route = path;
  if (user) {
    bindings.userId = user.id;
    bindings.role = user.role;
  }
  return bindings;
}

/** A child of the process logger whose every line names this request (and its user). */
export function loggerForRequest(
  headers: HeaderSource,
  user?: { id: string; role: Role } | null,
  options: { route?: string; base?: Logger } = {},
): Logger {
  return (options.base ?? processLogger).child(requestBindings(headers, user, options.route));
}
