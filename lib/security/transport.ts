/**
 * HSTS for a year, subdomains included: a browser that has once reached the portal over https never
 * again sends a request (or a session cookie) over plain http to it, even from an old http link.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Whether the portal's public address (NEXTAUTH_URL) is https; anything unparsable counts as not. */
export function isHttpsUrl(publicUrl: string | undefined): boolean {
  if (!publicUrl) return false;
  try {
    return new URL(publicUrl.trim()).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * What an https public address turns on: HSTS on every response, and session cookies marked Secure
 * (with next-auth's `__Secure-` names). Over plain http (a local run, a training laptop) neither may be
 * set: the browser would drop a Secure cookie and sign-in would never hold. Sign-in (next-auth) and the
 * proxy that reads the session must take the same decision, or the proxy looks for the wrong cookie.
 */
export function transportSecurity(publicUrl: string | undefined): {
  secureCookies: boolean;
  headers: Record<string, string>;
} {
  const https = isHttpsUrl(publicUrl);
  return { secureCookies: https, headers: https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {} };
}
