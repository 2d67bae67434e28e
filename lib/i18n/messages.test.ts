import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import compile from "icu-minify/compile";
import format from "icu-minify/format";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "../../messages/index";

const en = MESSAGES.en;
const zh = MESSAGES["zh-CN"];

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every message of a tree with its path. */
function entries(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as object).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
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

  // The build compiles every message (next.config.ts), stricter than the runtime parser: a "<" in
  // plain text reads as a tag and fails the build.
  it("compiles every message as the build does", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      for (const [key, message] of entries(messages)) {
        expect(() => compile(message), `${locale}: ${key}`).not.toThrow();
      }
    }
  });

  it("formats compiled plurals, numbers and selects as the runtime formats the text", () => {
    const formatters = {
      getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
        new Intl.DateTimeFormat(...args),
      getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
      getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
    };
    const cases: [string, Record<string, string | number>][] = [
      ["notifications.summary", { unread: 0 }],
      ["notifications.summary", { unread: 12345 }],
      ["notifications.kinds.ticketsOverdueDigest", { count: 1, date: "11月27日" }],
      ["notifications.kinds.ticketsOverdueDigest", { count: 3, date: "11月27日" }],
      ["dashboard.bulletin.residency", { completed: 1, green: 1, greenShare: "100%" }],
      ["dashboard.bulletin.residency", { completed: 2300, green: 1200, greenShare: "52%" }],
      ["attachments.sizes.kb", { size: 1536.5 }],
    ];
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      const texts = new Map(entries(messages));
      const t = createTranslator({ locale, messages });
      for (const [key, values] of cases) {
        const text = texts.get(key);
        expect(text, key).toBeDefined();
        expect(format(compile(text!), locale, values, { formatters }), `${locale}: ${key}`).toBe(
          t(key as never, values as never),
        );
      }
    }
    // No message selects yet; one that does is compiled and formatted the same way.
    const select = "{kind, select, visit {走访} patrol {巡逻} other {其他}}：{count, number}";
    const t = createTranslator({ locale: "zh-CN", messages: { probe: select } });
    for (const kind of ["visit", "patrol", "audit"])
      expect(format(compile(select), "zh-CN", { kind, count: 1200 }, { formatters })).toBe(
        t("probe" as never, { kind, count: 1200 } as never),
      );
  });
});
