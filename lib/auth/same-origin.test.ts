import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);
const noSettings = {};
const behindProxy = { TRUST_FORWARDED_HOST: "1" };

describe("isSameOriginRequest", () => {
  it("accepts an Origin that matches the Host", () => {
    expect(isSameOriginRequest(h({ origin: "http://localhost:3000", host: "localhost:3000" }), noSettings)).toBe(true);
    expect(isSameOriginRequest(h({ origin: "https://jqt.example.cn", host: "JQT.example.cn:443" }), noSettings)).toBe(
      true,
    );
  });

  it("refuses a foreign Origin, also when X-Forwarded-Host matches it and forwarded hosts are not trusted", () => {
    expect(isSameOriginRequest(h({ origin: "https://evil.example", host: "localhost:3000" }), noSettings)).toBe(false);
    const spoofed = h({ origin: "https://evil.example", host: "localhost:3000", "x-forwarded-host": "evil.example" });
    expect(isSameOriginRequest(spoofed, noSettings)).toBe(false);
  });

  it("uses the forwarded host only when TRUST_FORWARDED_HOST=1", () => {
    const proxied = h({
      origin: "https://jqt.example.cn",
      host: "10.0.0.5:3000",
      "x-forwarded-host": "jqt.example.cn",
    });
    expect(isSameOriginRequest(proxied, behindProxy)).toBe(true);
    expect(isSameOriginRequest(proxied, noSettings)).toBe(false);
    expect(isSameOriginRequest(proxied, { TRUST_FORWARDED_HOST: "0" })).toBe(false);
  });

  it("behind a trusted proxy, reads the entry the proxy appended, not one the client put first", () => {
    const appended = h({
      origin: "https://evil.example",
      host: "10.0.0.5:3000",
      "x-forwarded-host": "evil.example, jqt.example.cn",
    });
    expect(isSameOriginRequest(appended, behindProxy)).toBe(false);
  });

  it("accepts the host of NEXTAUTH_URL", () => {
    const proxied = h({ origin: "https://jqt.example.cn", host: "10.0.0.5:3000" });
    expect(isSameOriginRequest(proxied, { NEXTAUTH_URL: "https://jqt.example.cn/" })).toBe(true);
    expect(isSameOriginRequest(proxied, { NEXTAUTH_URL: "https://other.example.cn" })).toBe(false);
    expect(isSameOriginRequest(proxied, { NEXTAUTH_URL: "not a url" })).toBe(false);
    // The scheme is part of the origin: the https page of the same host is a different origin.
    expect(isSameOriginRequest(proxied, { NEXTAUTH_URL: "http://jqt.example.cn:443" })).toBe(false);
  });

  it("refuses a malformed or opaque Origin", () => {
    expect(isSameOriginRequest(h({ origin: "null", host: "localhost:3000" }), noSettings)).toBe(false);
    expect(isSameOriginRequest(h({ origin: "file:///x", host: "localhost:3000" }), noSettings)).toBe(false);
  });

  it("without Origin, needs Sec-Fetch-Site: same-origin", () => {
    expect(isSameOriginRequest(h({ host: "localhost:3000", "sec-fetch-site": "same-origin" }), noSettings)).toBe(true);
    expect(isSameOriginRequest(h({ host: "localhost:3000", "sec-fetch-site": "cross-site" }), noSettings)).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000" }), noSettings)).toBe(false);
  });
});
