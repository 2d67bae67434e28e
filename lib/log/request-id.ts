// Every request carries an id that ties its log lines together and that an operator can ask a user
// or a gateway for. A proxy in front may already have assigned one (nginx's $request_id, a load
// balancer's trace id); it is kept when it is plainly an id, otherwise the portal makes its own, so
// a caller cannot push control characters, JSON or megabytes into every log line of a request.
// Free of server-only imports: the proxy uses it.

export const REQUEST_ID_HEADER = "x-request-id";

// Letters, digits and the separators ids are written with (UUIDs, ULIDs, hex, "trace-span").
const ACCEPTABLE = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** The incoming id when it is 8–128 safe characters; otherwise a new random UUID. */
export function acceptRequestId(incoming: string | null | undefined): string {
  const candidate = incoming?.trim();
  return candidate && ACCEPTABLE.test(candidate) ? candidate : crypto.randomUUID();
}
