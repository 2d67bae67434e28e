import { describe, expect, it } from "vitest";
import {
  RESIDENT_ID_WEIGHTS,
  birthDateFromResidentId,
  makeResidentIdSchema,
  isValidResidentId,
  maskResidentId,
  residentIdCheckChar,
  residentIdIssue,
  residentIdSchema,
} from "./resident-id";

/** A fixed "today" in China time so the future-date rule is deterministic. */
const TODAY = new Date("2024-03-01T09:00:00+08:00");

/** Build a number with the right check character. */
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe("residentIdCheckChar", () => {
  it("weights are 2^(17-i) mod 11", () => {
    expect(RESIDENT_ID_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
  });

  it("reproduces the worked example of GB 11643-1999 (check X)", () => {
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
  });

  it("reproduces the second standard example (check 4)", () => {
    expect(residentIdCheckChar("44052418800101001")).toBe("4");
  });

  it("produces all eleven check characters", () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 200; seq++) {
      seen.add(residentIdCheckChar(`37028519900307${String(seq).padStart(3, "0")}`));
    }
    expect([...seen].sort().join("")).toBe("0123456789X");
  });

  it.each(["", "1101051949123100", "110105194912310021", "1101051949123100X"])("throws on malformed input %j", (bad) =>
    expect(() => residentIdCheckChar(bad)).toThrow(RangeError),
  );
});

describe("isValidResidentId", () => {
  it("accepts the standard example and constructed numbers", () => {
    expect(isValidResidentId("11010519491231002X", TODAY)).toBe(true);
    expect(isValidResidentId(withCheck("37028519900307123"), TODAY)).toBe(true); // 莱西
    expect(isValidResidentId(withCheck("37020220010915046"), TODAY)).toBe(true); // 青岛市南
  });

  it("accepts a lower-case x and surrounding spaces", () => {
    expect(isValidResidentId("11010519491231002x", TODAY)).toBe(true);
    expect(isValidResidentId(" 11010519491231002X ", TODAY)).toBe(true);
  });

  it("rejects a wrong check character", () => {
    expect(isValidResidentId("110105194912310021", TODAY)).toBe(false);
    expect(residentIdIssue("110105194912310021", TODAY)).toBe("checkChar");
  });

  it.each([
    ["17 characters", "11010519491231002"],
    ["19 characters", "11010519491231002X1"],
    ["X not last", "1101051949123100X2"],
    ["other letter", "11010519491231002Y"],
    ["unknown province 00", withCheck("00010519900101001")],
    ["unknown province 99", withCheck("99010519900101001")],
    ["15-digit first-generation number", "110105491231002"],
  ])("rejects %s as a format error", (_label, id) => {
    expect(isValidResidentId(id, TODAY)).toBe(false);
    expect(residentIdIssue(id.toUpperCase(), TODAY)).toBe("format");
  });

  describe("birth date", () => {
    const birth = (yyyymmdd: string) => withCheck(`370285${yyyymmdd}123`);

    it("accepts 29 February in leap years, including 2000", () => {
      expect(isValidResidentId(birth("19960229"), TODAY)).toBe(true);
      expect(isValidResidentId(birth("20000229"), TODAY)).toBe(true);
    });

    it.each([
      ["29 Feb in a common year", "19990229"],
      ["29 Feb 1900 (century, not leap)", "19000229"],
      ["31 April", "19900431"],
      ["month 13", "19901301"],
      ["month 00", "19900001"],
      ["day 00", "19900100"],
      ["day 32", "19900132"],
      ["year before 1900", "18991231"],
      ["a day in the future", "20240302"],
    ])("rejects %s", (_label, date) => {
      expect(isValidResidentId(birth(date), TODAY)).toBe(false);
      expect(residentIdIssue(birth(date), TODAY)).toBe("birthDate");
    });

    it("accepts 1 January 1900 and today itself", () => {
      expect(isValidResidentId(birth("19000101"), TODAY)).toBe(true);
      expect(isValidResidentId(birth("20240301"), TODAY)).toBe(true);
    });

    it("judges 'today' in China time, whatever the server's zone", () => {
      // 2024-03-01 17:00 UTC is already 2 March in Beijing.
      const lateUtc = new Date("2024-03-01T17:00:00Z");
      expect(isValidResidentId(birth("20240302"), lateUtc)).toBe(true);
      expect(isValidResidentId(birth("20240303"), lateUtc)).toBe(false);
    });

    it("rejects the 1880 standard example for its birth year", () => {
      expect(residentIdIssue("440524188001010014", TODAY)).toBe("birthDate");
    });
  });
});

describe("birthDateFromResidentId", () => {
  it("returns YYYY-MM-DD", () => {
    expect(birthDateFromResidentId("11010519491231002X")).toBe("1949-12-31");
    expect(birthDateFromResidentId("11010519491231002x")).toBe("1949-12-31");
  });

  it("throws on malformed input", () => {
    expect(() => birthDateFromResidentId("19491231")).toThrow(RangeError);
  });
});

describe("maskResidentId", () => {
  it("keeps the first 4 and last 4 characters", () => {
    const id = withCheck("37020219850617123");
    const masked = maskResidentId(id);
    expect(masked).toBe(`3702**********${id.slice(14)}`);
    expect(masked).toHaveLength(18);
  });

  it("normalises a lower-case x", () => {
    expect(maskResidentId("11010519491231002x")).toBe("1101**********002X");
  });

  it("masks malformed input completely", () => {
    expect(maskResidentId("110105491231002")).toBe("*".repeat(15));
    expect(maskResidentId("")).toBe("*");
  });
});

describe("residentIdSchema", () => {
  const schema = makeResidentIdSchema(() => TODAY);
  const messages = (input: unknown) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

  it("normalises x to X and trims", () => {
    expect(residentIdSchema.parse(" 11010519491231002x ")).toBe("11010519491231002X");
  });

  it("reports one i18n key per kind of error", () => {
    expect(messages("123")).toEqual(["validation.residentId.format"]);
    expect(messages(12345)).toEqual(["validation.residentId.format"]);
    expect(messages(withCheck("37028519990229123"))).toEqual(["validation.residentId.birthDate"]);
    expect(messages(withCheck("37028520240302123"))).toEqual(["validation.residentId.birthDate"]);
    expect(messages("110105194912310021")).toEqual(["validation.residentId.checkChar"]);
    expect(messages("11010519491231002X")).toEqual([]);
  });
});
