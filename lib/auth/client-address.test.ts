import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it("believes no forwarding header without trusted proxies", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, 0)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" }), 0)).toBeNull();
    expect(clientAddress({}, 0)).toBeNull();
  });

  it("behind one proxy takes the entry that proxy appended, whatever the client put before it", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, 1)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.7" }, 1)).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "9.9.9.9,203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  it("behind two proxies takes the second entry from the right", () => {
    // client → CDN (appends the client) → load balancer (appends the CDN) → portal
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 192.0.2.1" }, 2)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 7.7.7.7, 203.0.113.7, 192.0.2.1" }, 2)).toBe("203.0.113.7");
  });

  it("a rotating spoofed left-hand part does not change the address", () => {
    const seen = new Set(
      ["10.0.0.1", "10.0.0.2", "10.0.0.3, 10.0.0.4"].map((spoof) =>
        clientAddress({ "x-forwarded-for": `${spoof}, 203.0.113.7, 192.0.2.1` }, 2),
      ),
    );
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("is unknown when the header is missing or shorter than the proxy chain", () => {
    expect(clientAddress({}, 1)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "" }, 1)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, 2)).toBeNull();
    // X-Real-IP is not a substitute for the missing chain.
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }), 1)).toBeNull();
  });

  it("reads repeated headers as one list and refuses entries that are not addresses", () => {
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "203.0.113.7"] }, 1)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" }, 1)).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, evil key" }, 1)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, " }, 1)).toBeNull();
  });
});

describe("trustedProxyHops", () => {
  it("defaults to none and refuses what is not a whole number", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
