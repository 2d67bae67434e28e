import { describe, expect, it } from "vitest";
import { acceptedStep, currentCode, groupedKey, newTotpSecret, normaliseCode, totpUri } from "./totp.ts";

// RFC 6238's SHA-1 test secret ("12345678901234567890") in base32, and its published codes.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP", () => {
  it("produces the RFC 6238 codes (last six digits)", () => {
    expect(currentCode(RFC_SECRET, at(59))).toBe("287082");
    expect(currentCode(RFC_SECRET, at(1111111109))).toBe("081804");
    expect(currentCode(RFC_SECRET, at(1234567890))).toBe("005924");
  });

  it("accepts the current code and its neighbours, and nothing further off", () => {
    const now = at(1_800_000_000);
    const step = Math.floor(1_800_000_000 / 30);
    expect(acceptedStep(RFC_SECRET, currentCode(RFC_SECRET, now), now, null)).toBe(step);
    expect(acceptedStep(RFC_SECRET, currentCode(RFC_SECRET, at(1_800_000_000 - 30)), now, null)).toBe(step - 1);
    expect(acceptedStep(RFC_SECRET, currentCode(RFC_SECRET, at(1_800_000_000 + 30)), now, null)).toBe(step + 1);
    expect(acceptedStep(RFC_SECRET, currentCode(RFC_SECRET, at(1_800_000_000 - 90)), now, null)).toBeNull();
  });

  it("refuses a code whose step was already used, and older ones", () => {
    const now = at(1_800_000_000);
    const code = currentCode(RFC_SECRET, now);
    const step = acceptedStep(RFC_SECRET, code, now, null)!;
    expect(acceptedStep(RFC_SECRET, code, now, step)).toBeNull();
    expect(acceptedStep(RFC_SECRET, currentCode(RFC_SECRET, at(1_800_000_000 - 30)), now, step)).toBeNull();
    expect(acceptedStep(RFC_SECRET, currentCode(RFC_SECRET, at(1_800_000_000 + 30)), now, step)).toBe(step + 1);
  });

  it("takes spaces between the digits, refuses anything but six digits", () => {
    const now = at(1_800_000_000);
    const code = currentCode(RFC_SECRET, now);
    expect(acceptedStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).not.toBeNull();
    expect(acceptedStep(RFC_SECRET, code.slice(0, 5), now, null)).toBeNull();
    expect(acceptedStep(RFC_SECRET, "abcdef", now, null)).toBeNull();
    expect(normaliseCode(" 12-34 56 ")).toBe("123456");
  });

  it("makes distinct 160-bit secrets, a URI apps read and a key grouped for typing", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
    const uri = totpUri(a, "chief");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${a}`);
    expect(uri).toContain("period=30");
    expect(groupedKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});
