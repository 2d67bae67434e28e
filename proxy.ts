import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy } from "./lib/security/csp.ts";
import {
  isActionCandidate,
  readLimited,
  screenActionBody,
  screenActionHeaders,
} from "./lib/security/action-request.ts";
import { isMalformedRequestUrl } from "./lib/security/request-sanity.ts";
import { transportSecurity } from "./lib/security/transport.ts";
import { acceptRequestId, REQUEST_ID_HEADER } from "./lib/log/request-id.ts";
import { WEB_APP_PATHS } from "./lib/navigation/web-app.ts";
import { decodeSession } from "./lib/auth/session-jwt.ts";

// Sends anonymous visitors to the sign-in page and sets a per-request CSP nonce. Authorization
// itself happens in the data layer and the action wrapper, never here.
// "/reset/<token>": password-reset and invitation links, opened by people who cannot sign in yet.
// "/api/health", "/api/ready": asked by load balancers and orchestrators, which hold no session.
// "/api/metrics": scraped by Prometheus, which holds METRICS_TOKEN instead (lib/metrics/endpoint.ts).
// The web app's manifest and icons: browsers fetch them without the session's cookie.
// "/developers": the API's reference, read by the developers of enterprise apps before they have accounts.
// "/api/v1": the public API authenticates each request itself (a bearer token, lib/api/door.ts) and
// answers 401 in JSON; a redirect to a sign-in page means nothing to a phone app.
const PUBLIC_PATHS = [
  "/login",
  "/api/auth",
  "/reset",
  "/api/health",
  "/api/ready",
  "/api/metrics",
  "/api/v1",
  "/developers",
  ...WEB_APP_PATHS,
];

export async function proxy(request: NextRequest) {
  // Every answer names its request, the proxy's own refusals included, so a user's report of a
  // failure can be matched to its log lines.
  const requestId = acceptRequestId(request.headers.get(REQUEST_ID_HEADER));
  const response = await answer(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function answer(request: NextRequest, requestId: string): Promise<NextResponse> {
  // Read per request, not at build time: the same build may serve plain http locally and https behind the gateway.
  const transport = transportSecurity(process.env.NEXTAUTH_URL);
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const { pathname, search } = request.nextUrl;
  if (isMalformedRequestUrl(request.nextUrl)) return new NextResponse(null, { status: 404 });
  // Before the sign-in check: /login is public, and Next decodes a post to it like any other.
  if (!pathname.startsWith("/api/") && isActionCandidate(request.method, request.headers)) {
    const refusal = await screenAction(request);
    if (refusal) return new NextResponse(null, { status: refusal });
  }

  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic) {
    const token = await getToken({
      req: request,
      secret: process.env.NEXTAUTH_SECRET,
      secureCookie: transport.secureCookies,
      decode: decodeSession,
    });
    if (!token?.user || token.revoked) {
      const login = new URL("/login", request.url);
      if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
      const response = NextResponse.redirect(login);
      response.headers.set("Content-Security-Policy", csp);
      for (const [name, value] of Object.entries(transport.headers)) response.headers.set(name, value);
      return response;
    }
  }

  const requestHeaders = new Headers(request.headers);
  // Handlers, actions and pages bind their log lines to it (lib/log/request.ts).
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("x-nonce", nonce);
  // Lets server components (e.g. the language switch) know which page they are on.
  requestHeaders.set("x-pathname", `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Attachment downloads carry their own, stricter policy; the page policy would replace it.
  if (!pathname.startsWith("/api/attachments/")) response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(transport.headers)) response.headers.set(name, value);
  return response;
}

/** 413 for a body over the action limit, 4xx for one Next's action decoder would answer 500 to. */
async function screenAction(request: NextRequest) {
  const byHeaders = screenActionHeaders(request.headers);
  if (byHeaders) return byHeaders;
  // The proxy reads a copy of the body; Next keeps the original for the action.
  const body = await readLimited(request.body);
  return body ? screenActionBody(request.headers, body) : 413;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
