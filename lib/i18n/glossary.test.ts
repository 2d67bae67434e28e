import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MESSAGES } from "../../messages/index";
import { GLOSSARY_PLACES } from "../../messages/glossary";
import {
  DisputeStatus,
  DocumentStatus,
  HazardStatus,
  Priority,
  ResidencyStatus,
  Role,
  Severity,
  TicketStatus,
} from "../domain/enums";
import { AUDIT_ENTITIES } from "../audit/catalog";

// The glossary is the one source of the domain's words: every value of each enumeration has a term,
// no two values share one, and the capabilities' messages read the same object (they cannot drift).
const GROUP_VALUES = {
  ticketStatus: Object.values(TicketStatus),
  priority: Object.values(Priority),
  hazardStatus: Object.values(HazardStatus),
  hazardSeverity: Object.values(Severity),
  disputeStatus: Object.values(DisputeStatus),
  residencyStatus: Object.values(ResidencyStatus),
  documentStatus: Object.values(DocumentStatus),
  role: Object.values(Role),
  recordKind: [...AUDIT_ENTITIES],
} satisfies Record<keyof typeof GLOSSARY_PLACES, string[]>;

const LOCALES = ["zh-CN", "en"] as const;
const at = (messages: object, dotted: string) =>
  dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);

describe("the glossary", () => {
  for (const locale of LOCALES) {
    const glossary = MESSAGES[locale].glossary as Record<string, Record<string, string>>;

    it(`names every value of each enumeration, once and distinctly (${locale})`, () => {
      for (const [group, values] of Object.entries(GROUP_VALUES)) {
        expect(Object.keys(glossary[group]!).sort(), group).toEqual([...values].sort());
        const labels = Object.values(glossary[group]!);
        expect(new Set(labels).size, `${group}: ${labels.join(", ")}`).toBe(labels.length);
      }
    });

    it(`is what the capabilities' messages read (${locale})`, () => {
      for (const [group, place] of Object.entries(GLOSSARY_PLACES)) {
        expect(at(MESSAGES[locale], place), place).toBe(glossary[group]);
      }
    });
  }

  it("is not defined a second time in a capability's message file", () => {
    const dir = path.resolve(import.meta.dirname, "../../messages");
    for (const locale of LOCALES) {
      for (const file of readdirSync(path.join(dir, locale)).filter((f) => f !== "glossary.json")) {
        const content = JSON.parse(readFileSync(path.join(dir, locale, file), "utf8")) as object;
        for (const place of Object.values(GLOSSARY_PLACES)) {
          expect(at(content, place), `${locale}/${file} defines ${place}`).toBeUndefined();
        }
      }
    }
  });

  it("says in English which severity is worse", () => {
    const { LOW, MEDIUM, HIGH, MAJOR } = MESSAGES.en.glossary.hazardSeverity;
    expect([LOW, MEDIUM, HIGH, MAJOR]).toEqual(["Low", "Medium", "High", "Critical"]);
  });
});
