/**
 * The client's address for sign-in throttling. Behind a load balancer the first X-Forwarded-For
 * entry is the client; directly on the portal there is none and all anonymous traffic shares one key.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
