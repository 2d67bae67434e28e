import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh-CN.json";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message files", () => {
  it("Chinese and English have exactly the same keys", () => {
    const zhKeys = keys(zh).sort();
    const enKeys = keys(en).sort();
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
  });

  it("has no empty texts", () => {
    for (const messages of [zh, en]) {
      const empty = keys(messages).filter((k) => k.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], messages) === "");
      expect(empty).toEqual([]);
    }
  });
});
