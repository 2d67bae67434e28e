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

describe("names kept in both languages", () => {
  it("are written in the reader's language, alone or in a list, Chinese standing in for a missing English", () => {
    const items = [
      { zh: "身份证", en: "ID card" },
      { zh: "劳动合同", en: "Labour contract" },
      { zh: "社保证明", en: "" },
    ];
    expect(withListsWritten({ items }, "zh-CN")).toEqual({ items: "身份证、劳动合同、社保证明" });
    expect(withListsWritten({ items }, "en")).toEqual({ items: "ID card, Labour contract, 社保证明" });
    expect(withListsWritten({ station: { zh: "姜山派出所", en: "Jiangshan Station" } }, "en")).toEqual({
      station: "Jiangshan Station",
    });
  });
});
