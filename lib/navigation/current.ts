/**
 * The menu entry a page belongs to: the longest href that is the path or a folder above it. A desk's
 * home can sit above its own entries (`/admin` above `/admin/accounts`), so "starts with" alone would
 * mark both.
 */
export function currentHref(hrefs: readonly string[], pathname: string): string | undefined {
  const path = pathname.split(/[?#]/)[0]!;
  let best: string | undefined;
  for (const href of hrefs) {
    if (path !== href && !path.startsWith(`${href}/`)) continue;
    if (!best || href.length > best.length) best = href;
  }
  return best;
}
