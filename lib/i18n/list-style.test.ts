import { describe, expect, it } from "vitest";
import { withListsWritten } from "./list-style";

describe("lists in message values", () => {
  it("are written with the reader's commas, other values kept", () => {
    const values = { headers: ["企业名称", "统一社会信用代码"], count: 2, name: "甲" };
    expect(withListsWritten(values, "zh-CN")).toEqual({ headers: "企业名称、统一社会信用代码", count: 2, name: "甲" });
    expect(withListsWritten({ headers: ["name", "credit code", "industry"] }, "en")).toEqual({
      headers: "name, credit code, industry",
    });
    expect(withListsWritten(undefined, "en")).toBeUndefined();
  });
});
