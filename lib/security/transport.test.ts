import { describe, expect, it } from "vitest";
import { isHttpsUrl, STRICT_TRANSPORT_SECURITY, transportSecurity } from "./transport";

describe("transportSecurity", () => {
  it("turns on HSTS and Secure cookies for an https public address", () => {
    for (const url of [
      "https://jqt.example.gov.cn",
      "https://jqt.example.gov.cn:8443/portal",
      " HTTPS://JQT.EXAMPLE ",
    ]) {
      expect(transportSecurity(url), url).toEqual({
        secureCookies: true,
        headers: { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" },
      });
    }
    expect(STRICT_TRANSPORT_SECURITY).toBe("max-age=31536000; includeSubDomains");
  });

  it("leaves both off over plain http, where a Secure cookie would be dropped and sign-in never hold", () => {
    for (const url of ["http://localhost:3000", "http://10.0.0.5", undefined, ""]) {
      expect(transportSecurity(url), String(url)).toEqual({ secureCookies: false, headers: {} });
    }
  });

  it("does not take a malformed or merely https-looking address for https", () => {
    for (const url of ["https//jqt.example", "jqt.example", "http://https.example", "ftp://https://x"]) {
      expect(isHttpsUrl(url), url).toBe(false);
    }
  });
});
