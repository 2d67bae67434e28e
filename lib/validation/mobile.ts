/**
 * Mainland China mobile numbers: 11 digits, 1 then 3–9, then 9 digits.
 * Input may carry spaces, hyphens, full-width digits and a +86 / 86 / 0086 prefix.
 */
import { z } from "zod";

export const MOBILE_MESSAGES = {
  format: "validation.mobile.format",
} as const;

const MOBILE = /^1[3-9]\d{9}$/;
/** Whitespace (incl. U+3000) and hyphen-like characters users type between digit groups. */
const SEPARATORS = /[\s\-\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const COUNTRY_PREFIX = /^(?:\+|00)?86(?=1\d{10}$)/;

/** The bare 11-digit number, or null when the input is not a mainland mobile number. */
export function normaliseMobile(s: string): string | null {
  if (typeof s !== "string") return null;
  const compact = s.normalize("NFKC").replace(SEPARATORS, "").replace(COUNTRY_PREFIX, "");
  return MOBILE.test(compact) ? compact : null;
}

export function isValidMobile(s: string): boolean {
  return normaliseMobile(s) !== null;
}

/** 138****5678; input that is not a valid number is masked completely. */
export function maskMobile(s: string): string {
  const n = normaliseMobile(s);
  return n ? `${n.slice(0, 3)}****${n.slice(7)}` : "***********";
}

/** zod schema: accepts any of the tolerated spellings, outputs the bare 11 digits. */
export const mobileSchema = z.string({ error: MOBILE_MESSAGES.format }).transform((s, ctx) => {
  const n = normaliseMobile(s);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: MOBILE_MESSAGES.format });
    return z.NEVER;
  }
  return n;
});
