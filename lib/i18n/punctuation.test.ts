import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../messages/index";

// Chinese full-width punctuation: the colon, the enumeration comma, comma, full stop, semicolon and
// parentheses. On an English page each of them is a typo.
const FULL_WIDTH = /[：、，。；（）]/;
const root = path.resolve(import.meta.dirname, "../..");

function texts(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Lines of code, not of comments, that carry full-width punctuation of their own. */
function punctuatedCode(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.trim(), at: `${path.relative(root, file)}:${i + 1}` }))
    .filter(({ line }) => !/^(\/\/|\*|\/\*|\{\/\*)/.test(line) && FULL_WIDTH.test(line))
    .map(({ line, at }) => `${at}: ${line}`);
}

// Written in both languages on purpose: it shows when the messages themselves could not be loaded.
const BILINGUAL = new Set(["app/global-error.tsx"]);

describe("punctuation on English pages", () => {
  it("no English message carries Chinese full-width punctuation", () => {
    const found = texts(MESSAGES.en).filter(([, text]) => FULL_WIDTH.test(text));
    expect(found).toEqual([]);
  });

  it("no page or component writes full-width punctuation itself; lists go through the locale's list format", () => {
    const found = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))]
      .filter((file) => !BILINGUAL.has(path.relative(root, file)))
      .flatMap(punctuatedCode);
    expect(found).toEqual([]);
  });
});
