// The proxy applies lib/security/transport.ts per request: HSTS on every answer, and the session cookie
// looked up under the same name next-auth gives it, so that sign-in holds over https and over http.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { proxy } from "../../proxy.ts";

const saved = { url: process.env.NEXTAUTH_URL, secret: process.env.NEXTAUTH_SECRET };
afterEach(() => {
  process.env.NEXTAUTH_URL = saved.url;
  process.env.NEXTAUTH_SECRET = saved.secret;
});

async function visit(base: string, path: string, cookie?: string) {
  process.env.NEXTAUTH_URL = base;
  process.env.NEXTAUTH_SECRET = "test-secret-".repeat(4);
  const jwt = await encode({ token: { user: { id: "u1" } } as never, secret: process.env.NEXTAUTH_SECRET });
  const response = await proxy(
    new NextRequest(`${base}${path}`, cookie ? { headers: { cookie: `${cookie}=${jwt}` } } : {}),
  );
  return { status: response.status, hsts: response.headers.get("strict-transport-security") };
}

describe("proxy over https", () => {
  const base = "https://jqt.example.gov.cn";
  it("sends HSTS on pages and on the sign-in redirect", async () => {
    expect(await visit(base, "/login")).toEqual({ status: 200, hsts: "max-age=31536000; includeSubDomains" });
    expect(await visit(base, "/tickets")).toEqual({ status: 307, hsts: "max-age=31536000; includeSubDomains" });
  });
  it("reads the session from next-auth's __Secure- cookie, and only from it", async () => {
    expect((await visit(base, "/tickets", "__Secure-next-auth.session-token")).status).toBe(200);
    expect((await visit(base, "/tickets", "next-auth.session-token")).status).toBe(307);
  });
});

describe("proxy over plain http", () => {
  const base = "http://localhost:3000";
  it("sends no HSTS and reads the plain cookie", async () => {
    expect(await visit(base, "/login")).toEqual({ status: 200, hsts: null });
    expect((await visit(base, "/tickets", "next-auth.session-token")).status).toBe(200);
    expect((await visit(base, "/tickets", "__Secure-next-auth.session-token")).status).toBe(307);
  });
});

describe("proxy and malformed addresses", () => {
  it("answers 404 to a control character in the path or query, signed in or not", async () => {
    const base = "http://localhost:3000";
    expect((await visit(base, "/tickets/%00", "next-auth.session-token")).status).toBe(404);
    expect((await visit(base, "/hazards/new?enterprise=%00", "next-auth.session-token")).status).toBe(404);
    expect((await visit(base, "/login?next=%00")).status).toBe(404);
    expect((await visit(base, "/tickets/abc", "next-auth.session-token")).status).toBe(200);
  });
});

describe("proxy and request ids", () => {
  const base = "http://localhost:3000";
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const call = (path: string, headers: Record<string, string> = {}) => {
    process.env.NEXTAUTH_URL = base;
    process.env.NEXTAUTH_SECRET = "test-secret-".repeat(4);
    return proxy(new NextRequest(`${base}${path}`, { headers }));
  };

  it("keeps a sane incoming id, answers with it and hands it to the handler", async () => {
    const response = await call("/login", { "x-request-id": "lb-0f9c4a2e6a51" });
    expect(response.headers.get("x-request-id")).toBe("lb-0f9c4a2e6a51");
    // NextResponse.next({ request: { headers } }) passes request headers on under this prefix.
    expect(response.headers.get("x-middleware-request-x-request-id")).toBe("lb-0f9c4a2e6a51");
  });

  it("replaces an unusable incoming id with a new one, the same in both directions", async () => {
    const response = await call("/login", { "x-request-id": "bad id" });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(uuid);
    expect(response.headers.get("x-middleware-request-x-request-id")).toBe(id);
  });

  it("names the request on redirects and refusals too", async () => {
    const redirect = await call("/tickets");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("x-request-id")).toMatch(uuid);
    const refused = await call("/tickets/%00");
    expect(refused.status).toBe(404);
    expect(refused.headers.get("x-request-id")).toMatch(uuid);
  });

  it("lets anonymous probes reach health and readiness, and Prometheus the metrics", async () => {
    expect((await call("/api/health")).status).toBe(200);
    expect((await call("/api/ready")).status).toBe(200);
    expect((await call("/api/metrics")).status).toBe(200);
    expect((await call("/api/healthz")).status).toBe(307);
  });
});
