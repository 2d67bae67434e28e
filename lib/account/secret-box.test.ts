import { afterEach, describe, expect, it } from "vitest";
import { open, seal } from "./secret-box.ts";

const original = process.env.NEXTAUTH_SECRET;
afterEach(() => {
  if (original === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = original;
});

describe("secret box", () => {
  it("round-trips, with a fresh nonce each time, and hides the plain text", () => {
    process.env.NEXTAUTH_SECRET = "a".repeat(40);
    const a = seal("JBSWY3DPEHPK3PXP");
    const b = seal("JBSWY3DPEHPK3PXP");
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(a)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses a tampered box and one sealed under another session secret", () => {
    process.env.NEXTAUTH_SECRET = "a".repeat(40);
    const sealed = seal("JBSWY3DPEHPK3PXP");
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = body!.startsWith("A") ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(open([v, iv, tag, flipped].join("."))).toBeNull();
    expect(open("not a box")).toBeNull();
    process.env.NEXTAUTH_SECRET = "b".repeat(40);
    expect(open(sealed)).toBeNull();
  });
});
