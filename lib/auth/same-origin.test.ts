import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it("accepts an Origin that matches the Host", () => {
    expect(isSameOriginRequest(h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
  });
  it("uses the forwarded host behind a proxy", () => {
    expect(
      isSameOriginRequest(
        h({ origin: "https://jqt.example.cn", host: "10.0.0.5:3000", "x-forwarded-host": "jqt.example.cn" }),
      ),
    ).toBe(true);
  });
  it("refuses a foreign Origin", () => {
    expect(isSameOriginRequest(h({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
  });
  it("refuses a malformed Origin", () => {
    expect(isSameOriginRequest(h({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
  it("without Origin, needs Sec-Fetch-Site: same-origin", () => {
    expect(isSameOriginRequest(h({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(h({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000" }))).toBe(false);
  });
});
