import { describe, expect, it } from "vitest";
import { yesNoField } from "./fields";

describe("yesNoField", () => {
  const field = yesNoField("x.flagInvalid");
  it("reads a ticked checkbox, sheet cells and booleans as yes", () => {
    for (const v of ["on", "true", "1", "YES", " 是 ", true]) expect(field.parse(v), String(v)).toBe(true);
  });
  it("reads an unticked (absent) checkbox, blank cells and no-words as no", () => {
    for (const v of [undefined, null, "", "off", "0", "No", "否", false]) expect(field.parse(v), String(v)).toBe(false);
  });
  it("refuses anything else with the field's message instead of taking it as no", () => {
    const result = field.safeParse("maybe");
    expect(result.success ? null : result.error.issues.map((i) => i.message)).toEqual(["x.flagInvalid"]);
  });
});
