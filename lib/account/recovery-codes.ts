import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;

// No 0/o, 1/l/i: the codes are read off paper and typed back in.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUP = 5;

/** Ten fresh codes like "k7m2p-x9qrt" (about 49 bits each: enough for a code that also needs the password). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: GROUP * 2 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, GROUP)}-${chars.slice(GROUP)}`;
  });
}

/** Case, spaces and the dash do not matter when a code is typed back. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(code: string): boolean {
  const normal = normaliseRecoveryCode(code);
  return normal.length === GROUP * 2 && [...normal].every((c) => ALPHABET.includes(c));
}

/**
 * What is stored: a plain SHA-256 suffices (unlike for passwords) because each code is random with
 * about 49 bits, works only after the right password, and sign-in failures are throttled.
 */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}
