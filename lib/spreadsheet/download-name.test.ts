import { describe, expect, it } from "vitest";
import { asciiPart, downloadDisposition } from "./download-name";

describe("downloadDisposition", () => {
  it("gives the Chinese name as filename* and an ASCII stand-in as filename", () => {
    const header = downloadDisposition(
      {
        name: ["警企通报表", "莱西市公安局", "龙水路派出所(一)", "全部表格", "2026-11-01_2026-11-30"],
        ascii: ["report", "Laixi County Bureau", "", "all", "2026-11-01_2026-11-30"],
      },
      "xlsx",
    );
    const plain = /filename="([^"]*)"/.exec(header)![1]!;
    const encoded = /filename\*=UTF-8''(\S+)$/.exec(header)![1]!;
    expect(plain).toBe("report-Laixi-County-Bureau-all-2026-11-01_2026-11-30.xlsx");
    expect(plain).toMatch(/^[\x20-\x7e]+$/);
    // Every character outside RFC 5987's attr-char is percent-encoded, parentheses included.
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+.^_`|~%-]+$/);
    expect(decodeURIComponent(encoded)).toBe(
      "警企通报表-莱西市公安局-龙水路派出所(一)-全部表格-2026-11-01_2026-11-30.xlsx",
    );
    expect(header.startsWith("attachment; ")).toBe(true);
  });

  it("keeps quotes, slashes and control characters out of both names", () => {
    const header = downloadDisposition({ name: ['a"b/c\nd'], ascii: ['a"b/c'] }, "csv");
    expect(header).toContain('filename="a-b-c.csv"');
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)$/.exec(header)![1]!)).toBe("a b c d.csv");
  });

  it("falls back to a plain word when nothing ASCII is left", () => {
    expect(asciiPart("龙水路派出所")).toBe("");
    expect(downloadDisposition({ name: ["报表"], ascii: ["龙水路"] }, "csv")).toContain('filename="download.csv"');
  });
});
