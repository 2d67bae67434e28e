type Env = Record<string, string | undefined>;

/**
 * Server actions are public POST endpoints. Next refuses a foreign Origin but runs an action whose
 * request carries no Origin at all, so the wrapper insists on positive evidence of same origin.
 *
 * The Origin must name the Host the request was sent to or the public address in NEXTAUTH_URL.
 * X-Forwarded-Host counts only with TRUST_FORWARDED_HOST=1, i.e. when a proxy in front writes it:
 * otherwise it is whatever the sender chose (Next itself only fills it in when it is missing).
 */
export function isSameOriginRequest(headers: Headers, env: Env = process.env): boolean {
  const origin = headers.get("origin");
  if (!origin) return headers.get("sec-fetch-site") === "same-origin";
  if (!URL.canParse(origin)) return false;
  const originUrl = new URL(origin);
  if (originUrl.protocol !== "http:" && originUrl.protocol !== "https:") return false;
  if (requestHosts(headers, env).some((host) => sameHost(originUrl, host))) return true;
  // The public address is known with its scheme, so the whole origin is compared.
  const publicUrl = env.NEXTAUTH_URL?.trim();
  return !!publicUrl && URL.canParse(publicUrl) && new URL(publicUrl).origin === originUrl.origin;
}

/** The hosts the request says it was sent to; they carry no scheme. */
function requestHosts(headers: Headers, env: Env): string[] {
  const hosts: string[] = [];
  const host = headers.get("host");
  if (host) hosts.push(host);
  if (env.TRUST_FORWARDED_HOST?.trim() === "1") {
    // The nearest proxy writes the right-most entry; anything before it may come from the client.
    const forwarded = headers.get("x-forwarded-host")?.split(",").at(-1)?.trim();
    if (forwarded) hosts.push(forwarded);
  }
  return hosts;
}

/** Compares in the Origin's scheme, so that `example.cn:443` and `example.cn` are the same https host. */
function sameHost(origin: URL, host: string): boolean {
  const candidate = `${origin.protocol}//${host}`;
  return URL.canParse(candidate) && new URL(candidate).host === origin.host;
}
