import { describe, expect, it } from "vitest";
import { nestIndexedFields } from "./indexed-fields";

const nest = nestIndexedFields("hazards");

describe("nestIndexedFields", () => {
  it("gathers indexed fields into rows in index order and keeps other fields", () => {
    const out = nest({
      findings: "ok",
      "hazards.1.description": "b",
      "hazards.0.description": "a",
      "hazards.0.severity": "HIGH",
    });
    expect(out).toEqual({ findings: "ok", hazards: [{ description: "a", severity: "HIGH" }, { description: "b" }] });
  });

  it("keeps repeated values (several files) of one field as they came", () => {
    expect(nest({ "hazards.0.attachments": ["f1", "f2"] })).toEqual({ hazards: [{ attachments: ["f1", "f2"] }] });
  });

  it("passes input without indexed fields through untouched", () => {
    const plain = { findings: "ok", hazards: [{ description: "a" }] };
    expect(nest(plain)).toBe(plain);
    expect(nest(null)).toBe(null);
  });

  it("ignores look-alike names of other lists and malformed indexes", () => {
    const input = { "hazardsX.0.description": "x", "hazards.a.description": "y", "other.0.description": "z" };
    expect(nest(input)).toBe(input);
  });
});
