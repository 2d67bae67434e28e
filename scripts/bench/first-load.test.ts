import { describe, expect, it } from "vitest";
import { scriptSources } from "./first-load";

describe("scriptSources", () => {
  it("lists each external script once, in order, and skips inline and nomodule ones", () => {
    const html = `<script src="/_next/a.js" async=""></script><script>self.x=1</script>
      <script nonce="n" src="/_next/b.js?v=1&amp;x=2"></script><script src="/_next/a.js"></script>
      <script src="/_next/polyfills.js" noModule=""></script>`;
    expect(scriptSources(html)).toEqual(["/_next/a.js", "/_next/b.js?v=1&x=2"]);
  });
});
