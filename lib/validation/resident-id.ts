/**
 * PRC resident identity number (公民身份号码), GB 11643-1999.
 *
 * Layout (18 characters):
 *   1–6    area code (address code); the first two digits must be a province-level code
 *   7–14   birth date YYYYMMDD (must exist, year ≥ 1900, not after today in China time)
 *   15–17  sequence code (odd = male, even = female)
 *   18     check character, ISO 7064 MOD 11-2 (0–9 or X)
 */
import { z } from "zod";
import { clock } from "../time/clock.ts";

/** Weight of position i (0-based) is 2^(17-i) mod 11. */
export const RESIDENT_ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Check character indexed by (Σ digit × weight) mod 11. */
export const RESIDENT_ID_CHECK_MAP = "10X98765432";

export const RESIDENT_ID_MESSAGES = {
  format: "validation.residentId.format",
  birthDate: "validation.residentId.birthDate",
  checkChar: "validation.residentId.checkChar",
} as const;

export type ResidentIdIssue = keyof typeof RESIDENT_ID_MESSAGES;

/**
 * Province-level prefixes of GB/T 2260, plus 81/82/83 used on residence permits
 * for residents of Hong Kong, Macao and Taiwan.
 */
const PROVINCE_PREFIXES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
  "83",
]);

const SHAPE = /^\d{17}[\dX]$/;
const MIN_YEAR = 1900;

/** Full-width to ASCII, trim, upper-case (a trailing x becomes X). */
export function normaliseResidentId(s: string): string {
  return s.normalize("NFKC").trim().toUpperCase();
}

/** Check character for the first 17 digits. Throws a RangeError for anything else. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`residentIdCheckChar: expected 17 digits, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK_MAP[sum % 11]!;
}

/** Today's date in China time as YYYYMMDD, independent of the server's time zone. */
function chinaDateKey(today: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(today);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}${get("month")}${get("day")}`;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isPlausibleBirthDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
  return yyyymmdd <= chinaDateKey(today);
}

/** What is wrong with an (already normalised) number, or null when it is valid. */
export function residentIdIssue(id: string, today: Date = clock.now()): ResidentIdIssue | null {
  if (!SHAPE.test(id) || !PROVINCE_PREFIXES.has(id.slice(0, 2))) return "format";
  if (!isPlausibleBirthDate(id.slice(6, 14), today)) return "birthDate";
  return residentIdCheckChar(id.slice(0, 17)) === id[17] ? null : "checkChar";
}

/** Validates a resident ID number; surrounding spaces and a lower-case x are tolerated. */
export function isValidResidentId(s: string, today: Date = clock.now()): boolean {
  return typeof s === "string" && residentIdIssue(normaliseResidentId(s), today) === null;
}

/**
 * Birth date encoded in the number, as YYYY-MM-DD. Does not validate the date or
 * the check character; throws a RangeError when the input is not 18 ID characters.
 */
export function birthDateFromResidentId(id: string): string {
  const n = normaliseResidentId(id);
  if (!SHAPE.test(n)) throw new RangeError("birthDateFromResidentId: not an 18-character ID number");
  return `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
}

/**
 * Masked for display: first 4 + 10 asterisks + last 4, e.g. 3702**********123X.
 * Anything that is not 18 characters is masked completely, so nothing leaks.
 */
export function maskResidentId(id: string): string {
  const n = normaliseResidentId(id);
  if (n.length !== 18) return "*".repeat(Math.max(n.length, 1));
  return `${n.slice(0, 4)}${"*".repeat(10)}${n.slice(14)}`;
}

/**
 * zod schema: normalises (trim, upper-case, full-width → ASCII), then validates.
 * `today` is injectable for tests; the default is the moment of parsing.
 */
export function makeResidentIdSchema(today: () => Date = () => clock.now()) {
  return z
    .string({ error: RESIDENT_ID_MESSAGES.format })
    .overwrite(normaliseResidentId)
    .superRefine((id, ctx) => {
      const issue = residentIdIssue(id, today());
      if (issue) ctx.addIssue({ code: "custom", message: RESIDENT_ID_MESSAGES[issue] });
    });
}

export const residentIdSchema = makeResidentIdSchema();
