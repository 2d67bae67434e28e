// What a log line must never carry, configured once for every logger of the process. Two layers:
// pino's redact paths replace the values of known sensitive keys wherever a caller puts them (up to
// three levels deep), and a scrub of the finished line masks anything shaped like a resident ID
// number or a mobile phone number that reached free text, such as an error message quoting a query.

/** Keys whose values are personal data or secrets, in the spellings the schema and forms use. */
export const SENSITIVE_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "confirmPassword",
  "passwordHash",
  "token",
  "tokenHash",
  "accessToken",
  "refreshToken",
  "secret",
  "totpSecret",
  "otp",
  "totpCode",
  "idNumber",
  "applicantIdNumber",
  "phone",
  "applicantPhone",
  "contactPhone",
  "mobile",
  "cookie",
  "authorization",
] as const;

/** Headers that carry a session or credentials, under the names Node and Next give them. */
const SENSITIVE_HEADERS = ["cookie", "set-cookie", "authorization", "proxy-authorization", "x-api-key"];

// The two-factor form names its field "code", a name errors use for their SQLSTATE or Prisma code;
// only submitted form data is redacted under it.
const FORM_HOLDERS = ["input", "body", "form", "values"];

function keyPaths(): string[] {
  const paths: string[] = [];
  for (const key of SENSITIVE_KEYS) paths.push(key, `*.${key}`, `*.*.${key}`);
  for (const holder of FORM_HOLDERS) paths.push(`${holder}.code`);
  for (const header of SENSITIVE_HEADERS) {
    for (const holder of ["headers", "req.headers", "res.headers", "request.headers"]) {
      paths.push(`${holder}["${header}"]`);
    }
  }
  return paths;
}

export const REDACT_PATHS: readonly string[] = keyPaths();
export const REDACTED = "[redacted]";

// Mainland resident ID: 17 digits and a check character. Mobile: 11 digits from 13x to 19x, with
// an optional +86. Neither may be part of a longer run of digits (timestamps, counters).
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g;

/** Masks ID-number- and phone-shaped text in a serialised line; the JSON stays valid. */
export function scrubPersonalData(line: string): string {
  return line.replace(ID_NUMBER, REDACTED).replace(MOBILE, REDACTED);
}
