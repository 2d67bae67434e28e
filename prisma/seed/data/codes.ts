/**
 * Builders for synthetic but valid identifiers. The numbers are made up for the
 * demo; only their structure and check characters follow the national standards.
 */
import { creditCodeCheckChar } from "../../../lib/validation/credit-code";
import { residentIdCheckChar } from "../../../lib/validation/resident-id";

/** GB/T 2260 code of 莱西市 (Laixi, a county-level city of Qingdao). */
export const LAIXI_DIVISION = "370285";

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Check character of a GB 11714 organisation code (8 body characters). */
function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += value * ORG_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/**
 * Unified social credit code of an enterprise registered in Laixi:
 * 9 (market regulation) + 1 (company) + 370285 + organisation code + check.
 * `body8` is e.g. "MA3C7K2P" (post-2015 style) or "16357429" (legacy code).
 */
export function laixiCreditCode(body8: string, authorityAndType = "91"): string {
  return creditCodeIn(LAIXI_DIVISION, body8, authorityAndType);
}

/** GB/T 2260 code of 平度市 (Pingdu, another county-level city of Qingdao). */
export const PINGDU_DIVISION = "370283";

/** Unified social credit code of an enterprise registered in the given division (see laixiCreditCode). */
export function creditCodeIn(division6: string, body8: string, authorityAndType = "91"): string {
  const first17 = `${authorityAndType}${division6}${body8}${orgCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Resident ID number from area code, birth date (YYYYMMDD) and sequence. */
export function residentId(area6: string, birth8: string, sequence3: string): string {
  const first17 = `${area6}${birth8}${sequence3}`;
  return first17 + residentIdCheckChar(first17);
}
