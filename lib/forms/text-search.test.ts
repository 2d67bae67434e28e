import { describe, expect, it } from "vitest";
import { containsText, likeLiteral } from "./text-search";

describe("a search box's text", () => {
  it("escapes the pattern characters and nothing else", () => {
    expect(likeLiteral("50%_a\\b 工单")).toBe("50\\%\\_a\\\\b 工单");
    expect(containsText("a%")).toEqual({ contains: "a\\%", mode: "insensitive" });
    expect(containsText("LX-2026", { caseSensitive: true })).toEqual({ contains: "LX-2026" });
  });
});
