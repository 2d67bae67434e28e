import { describe, expect, it } from "vitest";
import { maskApplicant, maskIdNumber, maskPhone } from "./mask";

describe("masking", () => {
  it("keeps the first and last four characters of an ID number", () => {
    expect(maskIdNumber("37028519910203468X")).toBe("3702**********468X");
    expect(maskIdNumber("37028519910203468x")).toBe("3702**********468X");
  });

  it("hides a malformed ID number completely", () => {
    expect(maskIdNumber("3702851991")).toBe("**********");
    expect(maskIdNumber("")).toBe("*");
  });

  it("keeps three leading and four trailing digits of a phone number", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("+86 138 1234 5678")).toBe("138****5678");
    expect(maskPhone("12345")).toBe("***********");
  });

  it("masks both fields of a row and leaves the rest alone", () => {
    const row = {
      id: "r1",
      applicantName: "张伟",
      applicantIdNumber: "370285199102034686",
      applicantPhone: "15863908157",
    };
    expect(maskApplicant(row)).toEqual({
      id: "r1",
      applicantName: "张伟",
      applicantIdNumber: "3702**********4686",
      applicantPhone: "158****8157",
    });
  });
});
