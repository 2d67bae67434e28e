import { Secret, TOTP } from "otpauth";

/** RFC 6238 defaults that every authenticator app understands. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side: phones whose clocks are off by up to half a minute still work. */
const WINDOW = 1;
const ISSUER = "警企通";

function totpOf(secretBase32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret, base32 as authenticator apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries. */
export function totpUri(secretBase32: string, username: string): string {
  return totpOf(secretBase32, username).toString();
}

/** The secret in groups of four, for typing it into an app by hand. */
export function groupedKey(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, "$1 ");
}

/** Spaces and dashes people type between the digits do not matter. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "");
}

export const isTotpCode = (code: string) => new RegExp(`^\\d{${DIGITS}}$`).test(normaliseCode(code));

/**
 * The time step a code belongs to when it is valid now and newer than `lastStep`, or null. Returning
 * the step lets the caller store it, so that a code seen over someone's shoulder cannot be used again.
 */
export function acceptedStep(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  if (!isTotpCode(code)) return null;
  const totp = totpOf(secretBase32);
  const timestamp = now.getTime();
  const delta = totp.validate({ token: normaliseCode(code), timestamp, window: WINDOW });
  if (delta === null) return null;
  const step = totp.counter({ timestamp }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The current code; for tests and the browser test's authenticator. */
export function currentCode(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}
