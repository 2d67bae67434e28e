import { describe, expect, it } from "vitest";
import { isMalformedRequestUrl } from "./request-sanity";

const check = (path: string) => isMalformedRequestUrl(new URL(path, "http://portal.test"));

describe("isMalformedRequestUrl", () => {
  it("lets ordinary paths and queries through, Chinese text included", () => {
    expect(check("/tickets/cmabc123")).toBe(false);
    expect(check("/tickets?q=%E7%9B%91%E6%8E%A7&status=open")).toBe(false);
    expect(check("/enterprises?q=a%20b")).toBe(false);
  });

  it("refuses a NUL or another control character in the path or a query value or key", () => {
    expect(check("/tickets/%00")).toBe(true);
    expect(check("/hazards/new?enterprise=%00")).toBe(true);
    expect(check("/tickets?q=%1B")).toBe(true);
    expect(check("/tickets?%7F=1")).toBe(true);
  });

  it("refuses a broken percent-escape in the path", () => {
    expect(check("/tickets/%E7%9B")).toBe(true);
  });
});
