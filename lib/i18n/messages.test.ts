import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MESSAGES } from "../../messages/index";

const en = MESSAGES.en;
const zh = MESSAGES["zh-CN"];

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

  it("loads every message file of both locales", () => {
    const dir = path.resolve(import.meta.dirname, "../../messages");
    const files = (locale: string) => readdirSync(path.join(dir, locale)).sort();
    expect(files("en")).toEqual(files("zh-CN"));
    for (const [locale, loaded] of [
      ["en", en],
      ["zh-CN", zh],
    ] as const) {
      for (const file of files(locale)) {
        const content = JSON.parse(readFileSync(path.join(dir, locale, file), "utf8")) as Record<string, unknown>;
        // The loaded namespace may hold more: the glossary's words placed into it (glossary.test.ts).
        for (const namespace of Object.keys(content)) {
          expect(loaded[namespace as keyof typeof loaded], `${locale}/${file}: ${namespace}`).toMatchObject(
            content[namespace] as object,
          );
        }
      }
    }
  });

  it("has no empty texts", () => {
    for (const messages of [zh, en]) {
      const empty = keys(messages).filter(
        (k) => k.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], messages) === "",
      );
      expect(empty).toEqual([]);
    }
  });

  it("names every status chip of the ticket queue differently, in both languages", () => {
    for (const m of [zh, en]) {
      const chips = [m.tickets.filters.open, m.tickets.filters.all, ...Object.values(m.tickets.statuses)];
      expect(new Set(chips).size).toBe(chips.length);
    }
  });
});
