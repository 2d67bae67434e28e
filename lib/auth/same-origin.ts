/**
 * Server actions are public POST endpoints. Next refuses a foreign Origin but runs an action whose
 * request carries no Origin at all, so the wrapper insists on positive evidence of same origin.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin) {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    try {
      return host !== null && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return headers.get("sec-fetch-site") === "same-origin";
}
