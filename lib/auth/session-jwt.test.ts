import { describe, expect, it } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import { decodeSession, encodeSession, sessionKey } from "./session-jwt.ts";

const secret = "a-session-secret-of-at-least-32-chars";
const claims: JWT = {
  user: {
    id: "u1",
    username: "officer1",
    name: "王警官",
    role: "OFFICER",
    bureauId: "b1",
    stationId: "s1",
    departmentId: null,
    enterpriseId: null,
  },
  tv: 3,
  checkedAt: 1_700_000_000_000,
};

describe("session cookie format", () => {
  it("reads next-auth's cookies, and next-auth reads its cookies: sessions outlive a release either way", async () => {
    const theirs = await encode({ token: claims, secret, maxAge: 600 });
    expect(await decodeSession({ token: theirs, secret })).toMatchObject(claims);
    const ours = await encodeSession({ token: claims, secret, maxAge: 600 });
    expect(await decode({ token: ours, secret })).toMatchObject(claims);
  });

  it("sets the lifetime it is given", async () => {
    const payload = await decodeSession({ token: await encodeSession({ token: claims, secret, maxAge: 600 }), secret });
    expect(Number(payload!.exp) - Number(payload!.iat)).toBe(600);
    expect(typeof payload!.jti).toBe("string");
  });

  it("refuses a cookie of another secret, an altered one and an expired one", async () => {
    const token = await encodeSession({ token: claims, secret, maxAge: 600 });
    await expect(decodeSession({ token, secret: `${secret}-other` })).rejects.toThrow();
    const altered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(decodeSession({ token: altered, secret })).rejects.toThrow();
    // Past the 15 s that next-auth allows for clocks that differ.
    const expired = await encodeSession({ token: claims, secret, maxAge: -20 });
    await expect(decodeSession({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSession({ token: "", secret })).toBeNull();
  });

  it("derives a secret's key once and keeps it, apart from other secrets and salts", () => {
    const key = sessionKey(secret);
    expect(sessionKey(secret)).toBe(key);
    expect(sessionKey(`${secret}-other`).equals(key)).toBe(false);
    expect(sessionKey(secret, "salt").equals(key)).toBe(false);
    expect(sessionKey(Buffer.from(secret)).equals(key)).toBe(true);
  });
});
