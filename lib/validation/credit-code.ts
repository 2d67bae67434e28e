/**
 * China unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * Layout (18 characters):
 *   1      registration authority (登记管理部门码), e.g. 9 = market regulation
 *   2      organisation type (机构类别码), e.g. 1 = enterprise
 *   3–8    administrative division code (登记管理机关行政区划码), digits
 *   9–17   organisation code (主体标识码 / 组织机构代码)
 *   18     check character
 *
 * Only the structure and the final check character are verified; the first two
 * characters are not restricted to a fixed list because new authority codes are
 * added over time.
 */
import { z } from "zod";

export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Weight of position i (0-based) is 3^i mod 31. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const CREDIT_CODE_MESSAGES = {
  format: "validation.creditCode.format",
  checkChar: "validation.creditCode.checkChar",
} as const;

export type CreditCodeIssue = keyof typeof CREDIT_CODE_MESSAGES;

const CHARS = "[0-9A-HJ-NPQRTUWXY]";
const FIRST17 = new RegExp(`^${CHARS}{2}\\d{6}${CHARS}{9}$`);
const FULL = new RegExp(`^${CHARS}{2}\\d{6}${CHARS}{10}$`);

/** Full-width to ASCII, trim, upper-case: what a user meant to type. */
export function normaliseCreditCode(s: string): string {
  return s.normalize("NFKC").trim().toUpperCase();
}

/**
 * Check character for the first 17 characters of a code.
 * Throws a RangeError when the input is not 17 characters of the right shape.
 */
export function creditCodeCheckChar(first17: string): string {
  if (!FIRST17.test(first17)) {
    throw new RangeError(`creditCodeCheckChar: expected 17 code characters, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_CODE_CHARSET.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET[check]!;
}

/** What is wrong with an (already normalised) code, or null when it is valid. */
export function creditCodeIssue(code: string): CreditCodeIssue | null {
  if (!FULL.test(code)) return "format";
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : "checkChar";
}

/** Strict check: the exact string must be a valid code (no trimming, no case folding). */
export function isValidCreditCode(s: string): boolean {
  return typeof s === "string" && creditCodeIssue(s) === null;
}

/** Trims and upper-cases the input, then validates; the parsed value is the normalised code. */
export const creditCodeSchema = z
  .string({ error: CREDIT_CODE_MESSAGES.format })
  .overwrite(normaliseCreditCode)
  .superRefine((code, ctx) => {
    const issue = creditCodeIssue(code);
    if (issue) ctx.addIssue({ code: "custom", message: CREDIT_CODE_MESSAGES[issue] });
  });
