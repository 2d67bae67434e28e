import { describe, expect, it } from "vitest";
import {
  hasControlCharacter,
  idField,
  optionalIdField,
  optionalText,
  plainString,
  requiredId,
  requiredText,
  yesNoField,
} from "./fields";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues.map((i) => i.message);

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
  it("refuses an object, even one that cannot be turned into text, with the same message", () => {
    for (const v of [Object.create(null) as object, { a: "on" }, ["on"]]) {
      const result = field.safeParse(v);
      expect(result.success ? null : result.error.issues.map((i) => i.message)).toEqual(["x.flagInvalid"]);
    }
  });
});

describe("control characters", () => {
  const REFUSED = ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001B", "\u001F", "\u007F"];
  const KEPT = ["\t", "\n", "\r", " ", "\u0080", "\u00A0", "é", "中", "😀"];

  it("are C0 controls and DEL, except tab, line feed and carriage return", () => {
    for (const c of REFUSED) expect(hasControlCharacter(`a${c}b`), JSON.stringify(c)).toBe(true);
    for (const c of KEPT) expect(hasControlCharacter(`a${c}b`), JSON.stringify(c)).toBe(false);
  });

  it("are refused by every shared text and id field with one message, wherever they stand", () => {
    const fields = {
      plainString: plainString(),
      idField,
      optionalIdField,
      requiredId: requiredId("x.officerRequired"),
      requiredText: requiredText(2, 100, "x.title"),
      optionalText: optionalText(200, "x.locationTooLong"),
    };
    for (const [name, field] of Object.entries(fields)) {
      for (const value of ["\u0000", "门禁\u0000故障", "abc\u007F", "\u001Babc"]) {
        expect(messages(field.safeParse(value)), `${name} ${JSON.stringify(value)}`).toEqual([
          "errors.controlCharacter",
        ]);
      }
    }
  });

  it("leave text with tabs and line breaks alone", () => {
    expect(requiredText(2, 100, "x.body").parse(" 第一行\r\n\t第二行 ")).toBe("第一行\r\n\t第二行");
    expect(optionalText(200, "x.tooLong").parse(undefined)).toBe("");
    expect(idField.parse(" abc123 ")).toBe("abc123");
  });

  it("keep each field's own messages for the other mistakes", () => {
    expect(messages(requiredText(2, 5, "x.title").safeParse(" a "))).toEqual(["x.titleRequired"]);
    expect(messages(requiredText(2, 5, "x.title").safeParse("abcdefg"))).toEqual(["x.titleTooLong"]);
    expect(messages(requiredId("x.officerRequired").safeParse(""))).toEqual(["x.officerRequired"]);
    expect(messages(requiredId("x.officerRequired").safeParse(undefined))).toEqual(["x.officerRequired"]);
    expect(messages(optionalText(3, "x.tooLong").safeParse("abcd"))).toEqual(["x.tooLong"]);
    expect(messages(idField.safeParse("a".repeat(65)))).toEqual(["errors.invalidField"]);
  });
});
