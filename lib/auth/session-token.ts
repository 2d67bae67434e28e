import "server-only";
import { cookies } from "next/headers";
import { getToken, type JWT } from "next-auth/jwt";
import { authOptions } from "./options.ts";
import { decodeSession } from "./session-jwt.ts";

/**
 * The session token the request's cookie carries, decrypted and within its lifetime, or null.
 * Read from the cookie alone (never an Authorization header): bearer tokens are the API's own.
 * getServerSession would do the same and then encrypt a renewed token and make a CSRF token for a
 * response that a server component cannot set cookies on, on every page.
 */
export async function requestSessionToken(): Promise<JWT | null> {
  return getToken({
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authOptions.secret,
    secureCookie: authOptions.useSecureCookies ?? false,
    decode: decodeSession,
  });
}
