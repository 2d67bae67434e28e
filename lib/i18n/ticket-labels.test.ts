import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../messages/index";

const root = path.resolve(import.meta.dirname, "../..");
const ticketPage = [
  "app/(portal)/tickets/[id]/page.tsx",
  "app/(portal)/tickets/[id]/ticket-view.tsx",
  "app/(portal)/tickets/[id]/ticket-actions.tsx",
];
const source = ticketPage.map((file) => readFileSync(path.join(root, file), "utf8")).join("\n");

const keysOf = (pattern: RegExp) => [...source.matchAll(pattern)].map((m) => m[1]!);
// The inputs of the page's forms, and the facts the page lists. The rating given is both a fact and,
// before it is given, an input: the same field may carry the same label in the two lists.
const inputs = keysOf(/label: t\("fields\.(\w+)"\)/g);
const facts = keysOf(/<dt[^>]*>\{t\("fields\.(\w+)"\)\}<\/dt>/g);

describe("the ticket page's field labels", () => {
  it("gives every input and every listed fact its own label key", () => {
    expect(inputs.length).toBeGreaterThan(5);
    expect(facts.length).toBeGreaterThan(2);
    for (const keys of [inputs, facts]) expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("gives those keys different texts, in both languages", () => {
    for (const messages of [MESSAGES["zh-CN"], MESSAGES.en]) {
      const fields = messages.tickets.fields as Record<string, string>;
      for (const keys of [inputs, facts]) {
        const texts = keys.map((k) => fields[k]);
        expect(texts.every((t) => typeof t === "string")).toBe(true);
        expect(new Set(texts).size).toBe(texts.length);
      }
    }
  });
});
