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
