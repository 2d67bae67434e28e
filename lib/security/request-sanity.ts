import { hasControlCharacter } from "../forms/fields.ts";

/**
 * Whether a request's decoded path or query holds a control character. No page, id or filter of the
 * portal has one; passed on, a NUL in `/tickets/%00` would reach PostgreSQL, which refuses it with an
 * error that becomes a 500. Such requests are answered 404 before any page runs.
 */
export function isMalformedRequestUrl(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return true; // a broken percent-escape is no path of ours either
  }
  if (hasControlCharacter(path)) return true;
  for (const [key, value] of url.searchParams) if (hasControlCharacter(key) || hasControlCharacter(value)) return true;
  return false;
}
