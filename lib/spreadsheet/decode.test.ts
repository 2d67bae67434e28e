import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.ts";

const hex = (s: string) => Uint8Array.from(s.match(/../g)!.map((b) => parseInt(b, 16)));

describe("decodeCsv", () => {
  const text = "企业名称,统一社会信用代码,行业,警务工作站\r\n宏达机械,X,装备制造,WS\r\n";

  it("reads UTF-8 without a byte-order mark", () => {
    expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
  });

  it("reads UTF-8 with a byte-order mark and drops the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeCsv(bytes)).toBe(text);
  });

  it("reads GB18030, as Excel on Chinese Windows saves CSV", () => {
    // The same text encoded in GB18030 (GBK range).
    const gb = hex(
      "c6f3d2b5c3fbb3c62ccdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2cd0d0d2b52cbeafcef1b9a4d7f7d5be0d0a" +
        "baeab4efbbfad0b52c582cd7b0b1b8d6c6d4ec2c57530d0a",
    );
    expect(decodeCsv(gb)).toBe(text);
  });

  it("keeps plain ASCII as it is", () => {
    expect(decodeCsv(new TextEncoder().encode("name,credit code\n"))).toBe("name,credit code\n");
  });
});
