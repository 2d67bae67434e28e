import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../auth/secret.ts";

// Two-factor secrets are encrypted at rest so that a database dump or backup alone does not yield
// them. The key is derived from the session secret; rotating NEXTAUTH_SECRET therefore makes the
// stored secrets unreadable and those users must set up two-factor sign-in again.

const VERSION = "v1";
/** Only for local runs and tests without a configured secret; production refuses to start without one. */
const LOCAL_ONLY_SECRET = "local-development-secret-not-for-production";

let cachedKey: { from: string; key: Buffer } | undefined;

function key(): Buffer {
  const from = authSecret() ?? LOCAL_ONLY_SECRET;
  if (cachedKey?.from !== from) {
    cachedKey = { from, key: Buffer.from(hkdfSync("sha256", from, "jingqitong", "totp-secret-v1", 32)) };
  }
  return cachedKey.key;
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

/** The plain text, or null when the box was sealed with another key or tampered with. */
export function open(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
