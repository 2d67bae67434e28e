/**
 * The client's address for sign-in throttling: the first X-Forwarded-For entry set by the load
 * balancer. Without one the address is unknown (null) and only the per-account limit applies;
 * one shared key for everyone would let a single attacker lock every user out.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers): string | null {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || null;
}
