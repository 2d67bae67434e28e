import { describe, expect, it } from "vitest";
import { isValidMobile, maskMobile, mobileSchema, normaliseMobile } from "./mobile";

describe("normaliseMobile", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["138-1234-5678", "13812345678"],
    ["+86 138 1234 5678", "13812345678"],
    ["+86-138-1234-5678", "13812345678"],
    ["8613812345678", "13812345678"],
    ["008613812345678", "13812345678"],
    ["  19912345678 ", "19912345678"],
    ["１３８１２３４５６７８", "13812345678"], // full-width digits
    ["138　1234　5678", "13812345678"], // ideographic spaces
    ["＋８６ 138－1234－5678", "13812345678"], // full-width plus and hyphens
  ])("normalises %j", (input, expected) => {
    expect(normaliseMobile(input)).toBe(expected);
  });

  it("accepts every second digit from 3 to 9", () => {
    for (const d of "3456789") expect(normaliseMobile(`1${d}012345678`)).toBe(`1${d}012345678`);
  });

  it.each([
    ["empty", ""],
    ["second digit 0", "10012345678"],
    ["second digit 1", "11012345678"],
    ["second digit 2", "12012345678"],
    ["not starting with 1", "23812345678"],
    ["10 digits", "1381234567"],
    ["12 digits", "138123456789"],
    ["landline", "0532-88481234"],
    ["letters", "138abcd5678"],
    ["other country code", "+85213812345678"],
    ["86 without a full number", "86138123456"],
    ["dots are not accepted separators", "138.1234.5678"],
  ])("rejects %s", (_label, input) => {
    expect(normaliseMobile(input)).toBeNull();
    expect(isValidMobile(input)).toBe(false);
  });
});

describe("maskMobile", () => {
  it("shows the first 3 and last 4 digits", () => {
    expect(maskMobile("13812345678")).toBe("138****5678");
    expect(maskMobile("+86 138-1234-5678")).toBe("138****5678");
  });

  it("masks invalid input completely", () => {
    expect(maskMobile("12345")).toBe("***********");
  });
});

describe("mobileSchema", () => {
  it("outputs the bare 11 digits", () => {
    expect(mobileSchema.parse("+86 138 1234 5678")).toBe("13812345678");
  });

  it("reports the i18n key", () => {
    for (const bad of ["12012345678", "", 13812345678]) {
      const r = mobileSchema.safeParse(bad);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["validation.mobile.format"]);
    }
  });

  it("can be made optional by the caller", () => {
    expect(mobileSchema.optional().parse(undefined)).toBeUndefined();
  });
});
