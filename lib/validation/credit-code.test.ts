import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  creditCodeCheckChar,
  creditCodeIssue,
  creditCodeSchema,
  isValidCreditCode,
} from "./credit-code";
import zh from "../../messages/zh-CN/validation.json";
import en from "../../messages/en/validation.json";

/** Codes printed on published business licences (large, well-known companies). */
const PUBLISHED = [
  "914403001922038216", // 华为技术有限公司
  "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
  "91330100716105852F", // 阿里巴巴（中国）有限公司
  "91370200163562681G", // 海尔集团公司
];

/** Codes built for the demo county (莱西, division 370285); check characters pinned. */
const CONSTRUCTED = ["91370285MA3C4D5E62", "91370285163571234J", "52370285MJD123456E"];

describe("weights and charset", () => {
  it("uses the 31-character GB 32100 charset without I, O, Z, S, V", () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const c of "IOZSV") expect(CREDIT_CODE_CHARSET).not.toContain(c);
  });

  it("weights are 3^i mod 31", () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });
});

describe("creditCodeCheckChar", () => {
  it.each(PUBLISHED)("reproduces the check character of %s", (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it("maps a remainder of 0 to check character 0 (31 → 0)", () => {
    // 17 zeros sum to 0, 31 - 0 = 31, which wraps to 0.
    expect(creditCodeCheckChar("00000000000000000")).toBe("0");
  });

  it("yields letters from the charset, e.g. X and Y", () => {
    const produced = new Set<string>();
    for (let n = 0; n < 2000; n++) {
      produced.add(creditCodeCheckChar(`91370285${String(n).padStart(9, "0")}`));
    }
    expect([...produced].every((c) => CREDIT_CODE_CHARSET.includes(c))).toBe(true);
    expect(produced.size).toBe(31);
  });

  it.each(["", "9137028516357123", "913702851635712345", "9137028516357123I", "91ABCDEF163571234"])(
    "rejects malformed input %j",
    (bad) => {
      expect(() => creditCodeCheckChar(bad)).toThrow(RangeError);
    },
  );
});

describe("isValidCreditCode", () => {
  it.each(PUBLISHED)("accepts published code %s", (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each(CONSTRUCTED)("accepts constructed code %s", (code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it("rejects every other check character", () => {
    const [code] = PUBLISHED as [string];
    for (const c of CREDIT_CODE_CHARSET) {
      if (c === code[17]) continue;
      expect(isValidCreditCode(code.slice(0, 17) + c)).toBe(false);
    }
  });

  it("detects a single mistyped character and a swap of neighbours", () => {
    const code = "914403001922038216";
    expect(isValidCreditCode("914403001922038226")).toBe(false);
    expect(isValidCreditCode("914403001292038216")).toBe(false);
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["17 characters", "91440300192203821"],
    ["19 characters", "9144030019220382160"],
    ["forbidden I", "9144030019220382I6"],
    ["forbidden O", "91440300O922038216"],
    ["forbidden Z", "9Z4403001922038216"],
    ["forbidden S", "914403001922038S16"],
    ["forbidden V", "91440300V922038216"],
    ["letter in division code", "9144A3001922038216"],
    ["lower case is not canonical", "9144030071526726xg"],
    ["surrounding spaces are not canonical", " 914403001922038216"],
    ["punctuation", "91440300-192203821"],
  ])("rejects %s", (_label, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  it("tells format errors from check errors", () => {
    expect(creditCodeIssue("123")).toBe("format");
    expect(creditCodeIssue("914403001922038217")).toBe("checkChar");
    expect(creditCodeIssue("914403001922038216")).toBeNull();
  });
});

describe("creditCodeSchema", () => {
  it("trims and upper-cases before validating", () => {
    expect(creditCodeSchema.parse("  9144030071526726xg ")).toBe("9144030071526726XG");
  });

  it("accepts full-width characters typed with a Chinese input method", () => {
    expect(creditCodeSchema.parse("９１４４０３００１９２２０３８２１６")).toBe("914403001922038216");
  });

  it("reports the format key for a wrong length or forbidden letter", () => {
    for (const bad of ["91440300192203821", "9144030019220382I6", ""]) {
      const r = creditCodeSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["validation.creditCode.format"]);
    }
  });

  it("reports the check key (only) for a wrong check character", () => {
    const r = creditCodeSchema.safeParse("914403001922038217");
    expect(r.error?.issues.map((i) => i.message)).toEqual(["validation.creditCode.checkChar"]);
  });

  it("reports the format key for a non-string", () => {
    const r = creditCodeSchema.safeParse(914403001922038216);
    expect(r.error?.issues.map((i) => i.message)).toEqual(["validation.creditCode.format"]);
  });

  it("has texts for every message key in both languages", () => {
    for (const messages of [zh, en]) {
      expect(messages.validation.creditCode.format.length).toBeGreaterThan(10);
      expect(messages.validation.creditCode.checkChar.length).toBeGreaterThan(10);
    }
  });
});
