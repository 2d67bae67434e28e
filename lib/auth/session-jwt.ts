import { createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// The session cookie in next-auth's own format (a JWE, "dir" with A256GCM, its key derived from the
// secret by HKDF), so that cookies written before and after this module read the same. next-auth's
// encode and decode derive the key again on every call, which costs four fifths of a decode and
// happens twice per page (the proxy, then the page); here it is derived once per secret, and kept as a
// KeyObject, which jose uses without importing the bytes again: a decode costs a fifth of next-auth's.

const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** next-auth's allowance for servers whose clocks differ, kept so that expiry means the same. */
const CLOCK_TOLERANCE_SECONDS = 15;

const keys = new Map<string, KeyObject>();

/** The encryption key of a secret (and salt), derived on first use and kept for the process. */
export function sessionKey(secret: string | Buffer, salt = ""): KeyObject {
  const id = `${typeof secret === "string" ? secret : secret.toString("base64")}\u0000${salt}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = createSecretKey(new Uint8Array(hkdfSync("sha256", secret, salt, info, 32)));
    keys.set(id, key);
  }
  return key;
}

export async function encodeSession({
  token = {},
  secret,
  maxAge = DEFAULT_MAX_AGE_SECONDS,
  salt = "",
}: JWTEncodeParams): Promise<string> {
  // Real time, not lib/time/clock.ts: jose checks the expiry against the real time, and so does
  // next-auth on any server still reading these cookies.
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(sessionKey(secret, salt));
}

/** The token's claims; throws, as next-auth's decode does, on a token that is forged, altered or expired. */
export async function decodeSession({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, sessionKey(secret, salt), { clockTolerance: CLOCK_TOLERANCE_SECONDS });
  return payload as JWT;
}
