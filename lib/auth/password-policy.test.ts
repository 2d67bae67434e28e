import { describe, expect, it } from "vitest";
import { CHINESE_PASSWORD_WORDS } from "./password-words.ts";
import { PASSWORD_MIN_LENGTH, newPasswordField, passwordProblem } from "./password-policy.ts";

describe("passwordProblem", { timeout: 30_000 }, () => {
  it("refuses passwords shorter than the minimum, counting characters rather than UTF-16 units", () => {
    expect(passwordProblem("x7#Kq!2v")).toBe("validation.password.tooShort");
    expect(passwordProblem("警企通警企通警企通警")).not.toBe("validation.password.tooShort");
    expect("警企通警企通警企通警".length).toBe(PASSWORD_MIN_LENGTH);
  });

  it("refuses long but guessable passwords, including the pinyin and number patterns common in China", () => {
    for (const weak of [
      "1234567890",
      "password123",
      "woaini1314520",
      "zhangwei5201314",
      "jingqitong2026",
      "qwertyuiop",
      "19900101abc",
    ]) {
      expect(passwordProblem(weak), weak).toBe("validation.password.tooWeak");
    }
  });

  it("refuses the username with a number run or a year, the commonest way to meet a length rule", () => {
    for (const weak of ["officer1-123456", "officer12026abc"]) {
      expect(passwordProblem(weak, ["officer1"]), weak).toBe("validation.password.tooWeak");
    }
  });

  it("refuses a password built from the account's own name", () => {
    const password = "Huangjianguo#Qd7";
    expect(passwordProblem(password)).toBeNull();
    expect(passwordProblem(password, ["huangjianguo", "黄建国"])).toBe("validation.password.tooWeak");
  });

  it("accepts passphrases and random passwords", () => {
    expect(passwordProblem("marble tundra violin 42")).toBeNull();
    expect(passwordProblem("vX9#qL2!rT7p")).toBeNull();
  });

  it("holds no word twice, since the estimator ranks a word by its first position", () => {
    expect(new Set(CHINESE_PASSWORD_WORDS).size).toBe(CHINESE_PASSWORD_WORDS.length);
  });
});

describe("newPasswordField", () => {
  it("answers the problem as the field's message", () => {
    const result = newPasswordField(["liaison1"]).safeParse("liaison1liaison1");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.password.tooWeak");
  });

  it("refuses control characters with their own message", () => {
    const result = newPasswordField().safeParse("marble tundra\u0000violin");
    expect(result.error?.issues[0]?.message).toBe("errors.controlCharacter");
  });

  it("passes a strong password through unchanged", () => {
    expect(newPasswordField().parse(" marble tundra violin 42 ")).toBe(" marble tundra violin 42 ");
  });
});
