type HeaderSource = Record<string, string | string[] | undefined> | Headers;

/**
 * The number of proxies in front of the portal that append the address they saw to X-Forwarded-For,
 * from TRUSTED_PROXY_HOPS. Anything left of the entries they wrote was written by the client, so it
 * proves nothing. A bad value stops the server instead of quietly trusting the wrong entry.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  if (!/^\d{1,2}$/.test(raw)) throw new Error("TRUSTED_PROXY_HOPS must be a whole number of proxies (0 or more)");
  return Number(raw);
}

// Whatever a proxy writes for an IPv4 or IPv6 peer (possibly with a port); anything else is not an
// address and must not become part of a throttle key.
const ADDRESS = /^[0-9a-f.:[\]]{1,64}$/;

/**
 * The client's address for sign-in throttling: with n trusted proxies, the n-th X-Forwarded-For entry
 * from the right, i.e. the peer the outermost trusted proxy saw. Without trusted proxies (the default)
 * every forwarding header is the client's own word; Next even fills X-Forwarded-For from the socket
 * only when the client sent none, so no header can be believed and the address is unknown (null).
 * X-Real-IP is never used: a single value cannot say which hop wrote it.
 */
export function clientAddress(headers: HeaderSource, hops: number): string | null {
  if (hops < 1) return null;
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  // Repeated headers count as one list, in order, as RFC 9110 has it.
  const list = Array.isArray(raw) ? raw.join(",") : raw;
  if (!list) return null;
  const entries = list.split(",").map((entry) => entry.trim().toLowerCase());
  // Fewer entries than trusted proxies: the chain is not the configured one, so guess nothing.
  if (entries.length < hops) return null;
  const entry = entries[entries.length - hops] ?? "";
  return ADDRESS.test(entry) ? entry : null;
}
