import { describe, expect, it } from "vitest";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes.ts";

describe("recovery codes", () => {
  it("makes ten distinct codes in two groups of five unambiguous characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(code).not.toMatch(/[01ilo]/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
  });

  it("hashes a code the same however it is typed back", () => {
    expect(normaliseRecoveryCode(" K7M2P-X9QRT ")).toBe("k7m2px9qrt");
    expect(hashRecoveryCode("K7M2P X9QRT")).toBe(hashRecoveryCode("k7m2p-x9qrt"));
    expect(hashRecoveryCode("k7m2p-x9qrt")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode("k7m2p-x9qrt")).not.toBe(hashRecoveryCode("k7m2p-x9qrs"));
  });

  it("tells codes from six-digit app codes and junk", () => {
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("k7m2p-x9qr")).toBe(false);
    expect(looksLikeRecoveryCode("k7m2p-x9qr!")).toBe(false);
  });
});
